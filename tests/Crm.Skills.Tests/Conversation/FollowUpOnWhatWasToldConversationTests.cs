using Crm.Data.Deals;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>
/// The message after a write or a refusal that leans on what was told before: a signing the deal just won already
/// records, the person and news of a refused request, "it" for the thing a call was about, and "them" with no one in view.
/// </summary>
public sealed class FollowUpOnWhatWasToldConversationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ACallTellingOfTheSigning_RightAfterTheDealWasWon_MovesNoOtherDeal()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync("U-REP", "Pinecrest POS upgrade is won!");

        await chat.SendAsync("U-REP", "log a call with Owen at Pinecrest: signed order form received");

        await using var db = chat.Store();
        Assert.Equal(DealStage.Won, (await db.Deals.SingleAsync(d => d.Id == "D-P1")).Stage);
        Assert.Equal(DealStage.Qualified, (await db.Deals.SingleAsync(d => d.Id == "D-P2")).Stage);
        var call = await db.Activities.SingleAsync();
        Assert.Equal("CON-P3", call.ContactId);
        Assert.Contains("signed order form", call.Summary);
    }

    [Fact]
    public async Task LoggingTheCall_AfterTheDealChangeWasRefused_IsWithThePersonNamedAboutWhatTheySaid()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        (await chat.SendAsync("U-SUP", "move the Harbor deal to proposal, Dev says they're ready to sign")).Part<RefusalResult>();

        await chat.SendAsync("U-SUP", "ok then just log the call with him");

        await using var db = chat.Store();
        var call = await db.Activities.SingleAsync();
        Assert.Equal(("ACC-HAR", "CON-H1"), (call.AccountId, call.ContactId));
        Assert.Contains("ready to sign", call.Summary);
        Assert.Equal(DealStage.Negotiation, (await db.Deals.SingleAsync(d => d.Id == "D-H1")).Stage);
    }

    [Fact]
    public async Task RemindMeToSendIt_AfterACallAboutAThing_NamesTheThing()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        (await chat.SendAsync("U-REP", "log a call with Lena, she wants the pricing sheet by friday")).Part<ClarificationResult>();
        await chat.SendAsync("U-REP", "Lena Marsh, Pinecrest");

        await chat.SendAsync("U-REP", "remind me to send it to her thursday");

        await using var db = chat.Store();
        var task = await db.Tasks.SingleAsync();
        Assert.Contains("pricing sheet", task.Title);
        Assert.Equal(("CON-P1", new DateOnly(2026, 11, 19)), (task.ContactId, task.DueAt));
    }

    [Fact]
    public async Task AReminderAboutThem_WithNoCustomerInView_AsksWhoAndThenLinksIt()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        (await chat.SendAsync("U-REP", "remind me to send the MSA redlines to them by end of month")).Part<ClarificationResult>();
        await using (var asked = chat.Store())
            Assert.Equal(0, await asked.Tasks.CountAsync());
        await chat.SendAsync("U-REP", "harbor");

        await using var db = chat.Store();
        var task = await db.Tasks.SingleAsync();
        Assert.Equal(("ACC-HAR", new DateOnly(2026, 11, 30)), (task.AccountId, task.DueAt));
        Assert.Contains("MSA redlines", task.Title);
    }
}
