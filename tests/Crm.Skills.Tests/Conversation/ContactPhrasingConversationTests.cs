using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>
/// Contacts added and changed the way reps say it in passing: "X's cell changed to …", "also her new direct line is …",
/// "add Jo Reyes to Harbor, she's their new CFO", "Add his assistant Maya Lopez, maya@…" after a deal update.
/// </summary>
public sealed class ContactPhrasingConversationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 17, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task PossessiveCellChangedTo_UpdatesThatPersonsPhone()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "Owen Blake's cell changed to 212-555-0190");

        await using var db = chat.Store();
        Assert.Equal("212-555-0190", (await db.Contacts.SingleAsync(c => c.Id == "CON-P3")).Phone);
    }

    [Fact]
    public async Task DirectLineSaidAfterAnEmailAndANextStep_UpdatesThePersonEmailed()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "emailed Dev at Harbor the final contract; next step is countersignature by the 1st. also his new direct line is +1 425 555 0299");

        await using var db = chat.Store();
        Assert.Equal("+1 425 555 0299", (await db.Contacts.SingleAsync(c => c.Id == "CON-H1")).Phone);
        var deal = await db.Deals.SingleAsync(d => d.Id == "D-H1");
        Assert.Equal(("countersignature", new DateOnly(2026, 12, 1)), (deal.NextStep, deal.NextStepDue));
    }

    [Fact]
    public async Task AddNameToAccount_WithTheirRoleAfter_CreatesTheContactWithThatTitle()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "add Jo Reyes to Harbor, she's their new CFO");

        await using var db = chat.Store();
        var contact = await db.Contacts.SingleAsync(c => c.Name == "Jo Reyes");
        Assert.Equal(("ACC-HAR", "CFO"), (contact.AccountId, contact.Title));
    }

    [Theory]
    [InlineData("Met Owen today at Pinecrest, POS upgrade is now 48k. Add his assistant Maya Lopez, maya.lopez@pinecrest.example", "Maya Lopez", "assistant")]
    [InlineData("met owen at pinecrest this morning. POS upgrade: next step is the phased pricing by dec 4. add their QA lead too, ines moreau, ines.moreau@pinecrest.example", "Ines Moreau", "QA lead")]
    public async Task AddSomeonesRole_AfterADealUpdate_CreatesThatContactBesideTheUpdate(string message, string name, string title)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", message);

        await using var db = chat.Store();
        var contact = await db.Contacts.SingleAsync(c => c.Name == name);
        Assert.Equal(("ACC-PIN", title), (contact.AccountId, contact.Title));
        Assert.StartsWith(name.Split(' ')[0].ToLowerInvariant(), contact.Email, StringComparison.Ordinal);
        Assert.Single(await db.Activities.ToListAsync());
        Assert.DoesNotContain("add", (await db.Deals.SingleAsync(d => d.Id == "D-P1")).NextStep ?? "", StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task NorthAmericanNumberMissingDigits_IsRefusedWithTheReason()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var refusal = (await chat.SendAsync("U-REP", "owen blake at pinecrest has a new phone: +1 206 555 01")).Single<RefusalResult>();

        Assert.Contains("10 digits after +1", refusal.Detail, StringComparison.Ordinal);
        await using var db = chat.Store();
        Assert.Null((await db.Contacts.SingleAsync(c => c.Id == "CON-P3")).Phone);
    }

    [Fact]
    public async Task LowerCaseFirstNameOpeningAReport_SharedByTwoPeople_AsksWhichOne()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var question = (await chat.SendAsync("U-REP", "lena confirmed the budget, log it")).Single<ClarificationResult>();

        Assert.True(question.Choices.Count >= 2);
        await using var db = chat.Store();
        Assert.Empty(await db.Activities.ToListAsync());
    }

    [Theory]
    [InlineData("Owen Blake's email is now owen.blake@outfitters.example", "CON-P3")]
    [InlineData("add Jo Reyes to Harbor Freightways as CFO, owen.blake@outfitters.example", null)]
    public async Task AddressCorrectedInTheNextMessage_ReplacesTheOneJustSaved(string message, string? contactId)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync("U-REP", message);

        await chat.SendAsync("U-REP", "sorry, typo - it's o.blake@outfitters.example");

        await using var db = chat.Store();
        var contact = await db.Contacts.SingleAsync(c => contactId == null ? c.Name == "Jo Reyes" : c.Id == contactId);
        Assert.Equal("o.blake@outfitters.example", contact.Email);
        Assert.Equal(contactId is null ? 1 : 0, await db.Contacts.CountAsync(c => c.Name == "Jo Reyes"));
    }
}
