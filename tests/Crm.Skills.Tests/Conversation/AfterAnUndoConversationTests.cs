using Crm.Data.Deals;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>
/// What an undo leaves to talk about: "undo, wrong deal - it's the Quantum one" makes the change on the deal meant; "her"
/// right after is the person of the change undone; "redo" writes the undone change set again.
/// </summary>
public sealed class AfterAnUndoConversationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task UndoSayingAnotherDealWasMeant_MakesTheSameChangeThere()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync("U-ADM", "Harbor route planner is lost, they went with an in-house build");

        await chat.SendAsync("U-ADM", "undo, wrong deal - it's the Quantum one that's lost");

        await using var db = chat.Store();
        Assert.Equal(DealStage.Negotiation, (await db.Deals.SingleAsync(d => d.Id == "D-H1")).Stage);
        var meant = await db.Deals.SingleAsync(d => d.Id == "D-Q1");
        Assert.Equal(DealStage.Lost, meant.Stage);
        Assert.Contains("in-house", meant.LostReason);
    }

    [Fact]
    public async Task HisNumber_RightAfterUndoingAChangeOfHim_IsTheSamePersons()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync("U-REP", "Owen's new email is owen.b@pinecrest.example");
        (await chat.SendAsync("U-REP", "undo")).Single<UndoResult>();

        await chat.SendAsync("U-REP", "his phone is +1 415 555 0199 though");

        await using var db = chat.Store();
        var owen = await db.Contacts.SingleAsync(c => c.Id == "CON-P3");
        Assert.Equal(("owen@pinecrest.example", "+1 415 555 0199"), (owen.Email, owen.Phone));
    }

    [Fact]
    public async Task Redo_RightAfterAnUndo_WritesTheUndoneRecordsAgain()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync("U-REP", "log a call with Dev at Harbor about the winter routes, remind me to send him the sizing sheet monday");
        (await chat.SendAsync("U-REP", "undo")).Single<UndoResult>();

        await chat.SendAsync("U-REP", "redo");

        await using var db = chat.Store();
        Assert.Equal("CON-H1", (await db.Activities.SingleAsync()).ContactId);
        Assert.Equal(new DateOnly(2026, 11, 23), (await db.Tasks.SingleAsync()).DueAt);
    }

    [Fact]
    public async Task Redo_AfterUndoingACorrection_WritesNoSecondRecord()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync("U-REP", "new deal at Harbor: dock scheduling, 25k, closing end of march");
        await chat.SendAsync("U-REP", "call it yard scheduling");
        (await chat.SendAsync("U-REP", "undo")).Single<UndoResult>();

        await chat.SendAsync("U-REP", "redo");

        await using var db = chat.Store();
        Assert.Equal("dock scheduling", (await db.Deals.SingleAsync(d => d.CreatedAt == Now.UtcDateTime)).Name);
    }
}
