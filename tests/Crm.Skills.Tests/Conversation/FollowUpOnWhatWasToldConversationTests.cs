using Crm.Data.Deals;
using Crm.Data.Tickets;
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

    [Theory]
    [InlineData("U-ZH", "跟云杉沈经理通了电话 报表好了 把T-710关掉", "那就只记一下这个电话", "CON-Y2", "报表好了")]
    [InlineData("U-EAST", "跟云杉韩总通了电话 运维外包金额改成十九万", "行吧 那只记通话", "CON-Y1", "通了电话")]
    public async Task OnlyTheCallAskedInChinese_AfterTheRequestWasRefused_IsLoggedWithThePersonNamed(string user, string refused, string onlyTheCall, string person, string said)
    {
        await using var chat = await ConversationScript.StartAsync(s =>
        {
            ConversationSeed.Build(s);
            s.Ticket("T-710", "ACC-YS", "报表导出乱码", TicketStatus.Open, TicketPriority.Normal, "U-SUP");
        }, Now);
        (await chat.SendAsync(user, refused)).Part<RefusalResult>();

        await chat.SendAsync(user, onlyTheCall);

        await using var db = chat.Store();
        var call = await db.Activities.SingleAsync();
        Assert.Equal(("ACC-YS", person, user), (call.AccountId, call.ContactId, call.UserId));
        Assert.Contains(said, call.Summary);
        Assert.Equal(120000, (await db.Deals.SingleAsync(d => d.Id == "D-Y2")).Amount);
        Assert.Equal(TicketStatus.Open, (await db.Tickets.SingleAsync(t => t.Id == "T-710")).Status);
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
