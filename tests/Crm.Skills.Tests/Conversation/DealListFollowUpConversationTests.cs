using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>
/// Deal lists asked by stage ("which deals are in negotiation?", "我有哪些单子在谈判阶段"), asked of a pipeline just shown
/// ("which of those close this year?"), and a change said right after a list of one deal, which is to that deal.
/// </summary>
public sealed class DealListFollowUpConversationTests
{
    // Wednesday 18 Nov 2026: 07:00 in Los Angeles, 23:00 in Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("U-REP", "which deals are in negotiation?", "D-H1")]
    [InlineData("U-ZH", "我有哪些单子在谈判阶段", "D-B1")]
    public async Task DealsAskedByStage_AreThoseAtThatStage(string user, string question, string deal)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var list = (await chat.SendAsync(user, question)).Part<DealListResult>();

        Assert.Equal(deal, Assert.Single(list.Deals).Deal.Id);
    }

    [Theory]
    [InlineData("show me the team pipeline", "which deals are in negotiation?", new[] { "D-H1" })]
    [InlineData("show me the team pipeline", "which of those close this year?", new[] { "D-H1", "D-P1" })]
    [InlineData("我本季度的漏斗", "谈判阶段的那个是哪个客户？", new[] { "D-B1" })]
    public async Task WhichDealsAskedOfAPipelineJustShown_ListsThemInItsScope(string pipeline, string question, string[] deals)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        var user = pipeline.StartsWith("我", StringComparison.Ordinal) ? "U-ZH" : "U-MGR";
        (await chat.SendAsync(user, pipeline)).Part<PipelineResult>();

        var list = (await chat.SendAsync(user, question)).Part<DealListResult>();

        Assert.Equal(deals, list.Deals.Select(d => d.Deal.Id).Order());
    }

    [Theory]
    [InlineData("我有哪些单子在谈判阶段", "金额改成十九万")]
    [InlineData("which deals are in negotiation?", "push the close date to Dec 15")]
    public async Task ChangeAfterAListOfOneDeal_ChangesThatDeal(string question, string change)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        var user = question.StartsWith("我", StringComparison.Ordinal) ? "U-ZH" : "U-REP";
        await chat.SendAsync(user, question);

        await chat.SendAsync(user, change);

        await using var db = chat.Store();
        var changed = await db.Deals.SingleAsync(d => d.Id == (user == "U-ZH" ? "D-B1" : "D-H1"));
        Assert.True(user == "U-ZH" ? changed.Amount == 190000 : changed.CloseDate == new DateOnly(2026, 12, 15), $"{changed.Amount} {changed.CloseDate}");
    }

    [Fact]
    public async Task NextStepOnADealOfTheListNamedByItsCustomer_IsTheStepWithoutTheWordsThatPointAtTheDeal()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync("U-REP", "deals closing next month");

        await chat.SendAsync("U-REP", "next step on the Harbor one is a site walk tuesday");

        await using var db = chat.Store();
        var deal = await db.Deals.SingleAsync(d => d.Id == "D-H1");
        Assert.Equal(("a site walk", new DateOnly(2026, 11, 24)), (deal.NextStep, deal.NextStepDue));
    }

    [Theory]
    [InlineData("U-REP", "Dev Malik at Harbor has a new email: dev.malik.harbor.example", "oops, I meant dev.malik@harbor.example", "dev.malik@harbor.example")]
    [InlineData("U-ZH", "云杉沈经理的邮箱改成 shenyue.yunshan.com", "少打了个@，是 shenyue@yunshan.com", "shenyue@yunshan.com")]
    public async Task AddressCorrectedAfterItWasRefused_IsSaved(string user, string refused, string corrected, string email)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        (await chat.SendAsync(user, refused)).Part<RefusalResult>();

        await chat.SendAsync(user, corrected);

        await using var db = chat.Store();
        Assert.Equal(1, await db.Contacts.CountAsync(c => c.Email == email));
    }

    [Theory]
    [InlineData("U-ZH", "云杉沈经理的手机改成 1355500003", "少打了一位，是 13555000039")]
    [InlineData("U-REP", "Dev Malik at Harbor has a new mobile: 1355500003", "sorry, 13555000039")]
    public async Task NumberCorrectedAfterTheSkillRefusedIt_IsSaved(string user, string refused, string corrected)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        Assert.Equal(RefusalReason.InvalidValue, (await chat.SendAsync(user, refused)).Part<RefusalResult>().Reason);

        await chat.SendAsync(user, corrected);

        await using var db = chat.Store();
        Assert.Equal(1, await db.Contacts.CountAsync(c => c.Phone == "13555000039"));
    }

    [Fact]
    public async Task WarehouseLookAroundLastFriday_IsAVisitThatDay()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "上周五去百川物流仓库现场看了一下，韩梅带我们转了一圈，他们想扩容到三号仓");

        await using var db = chat.Store();
        var visit = await db.Activities.SingleAsync();
        Assert.Equal(Crm.Data.Activities.ActivityType.Visit, visit.Type);
        Assert.Equal(new DateOnly(2026, 11, 13), DateOnly.FromDateTime(visit.OccurredAt.AddHours(8)));
    }

    [Theory]
    [InlineData("bump the smaller deal to proposal")]
    [InlineData("把小的那个推到方案报价")]
    public async Task SmallerDealOfTheCustomerShown_IsTheOneMoved(string change)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync("U-REP", "what's open at Pinecrest?");

        await chat.SendAsync("U-REP", change);

        await using var db = chat.Store();
        Assert.Equal(Crm.Data.Deals.DealStage.Proposal, (await db.Deals.SingleAsync(d => d.Id == "D-P2")).Stage);
        Assert.Equal(50000, (await db.Deals.SingleAsync(d => d.Id == "D-P1")).Amount);
    }

    [Fact]
    public async Task TicketOfAListNamedByItsWords_IsTheOneChanged()
    {
        await using var chat = await ConversationScript.StartAsync(s =>
        {
            ConversationSeed.Build(s);
            s.Ticket("T-701", "ACC-PIN", "CSV export truncates names", Crm.Data.Tickets.TicketStatus.Pending, Crm.Data.Tickets.TicketPriority.Low, "U-SUP");
        }, Now);
        (await chat.SendAsync("U-SUP", "open tickets for Pinecrest")).Part<TicketListResult>();

        await chat.SendAsync("U-SUP", "the export one is solved");

        await using var db = chat.Store();
        Assert.Equal(Crm.Data.Tickets.TicketStatus.Resolved, (await db.Tickets.SingleAsync(t => t.Id == "T-701")).Status);
        Assert.Equal(Crm.Data.Tickets.TicketStatus.Open, (await db.Tickets.SingleAsync(t => t.Id == "T-700")).Status);
    }
    [Theory]
    [InlineData("U-MGR", new[] { "team pipeline", "just Riley's", "only the ones over 40k" }, new[] { "D-H1", "D-P1" })]
    [InlineData("U-ZH", new[] { "我手上在跟的单子都列一下", "只看十五万以上的" }, new[] { "D-B1", "D-Y1" })]
    [InlineData("U-ADM", new[] { "看看小周的漏斗", "只看二十五万以上的" }, new[] { "D-Y1" })]
    [InlineData("U-MGR", new[] { "what's Quinn got closing this year", "and for Riley?" }, new[] { "D-H1", "D-P1" })]
    [InlineData("U-MGR", new[] { "what did we win this month", "what about last quarter" }, new[] { "D-H2" })]
    public async Task FollowUpNarrowingADealRead_ListsTheDealsOfTheReadChanged(string user, string[] turns, string[] deals)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        foreach (var turn in turns[..^1])
            await chat.SendAsync(user, turn);

        var list = (await chat.SendAsync(user, turns[^1])).Part<DealListResult>();

        Assert.Equal(deals, list.Deals.Select(d => d.Deal.Id));
        await using var db = chat.Store();
        Assert.Equal(0, await db.ChangeSets.CountAsync());
    }

    [Theory]
    [InlineData("U-ADM", "Riley Chen的漏斗", "不对 我是说周杰", "owner:U-ZH", null)]
    [InlineData("U-ZH", "我本季度的漏斗", "加权后是多少", "mine", "2026-10-01")]
    public async Task FollowUpToAPipeline_AsksItAgainChanged(string user, string pipeline, string followUp, string scope, string? from)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync(user, pipeline);

        var shown = (await chat.SendAsync(user, followUp)).Part<PipelineResult>();

        Assert.Equal((scope, from), (shown.ScopeDescription, shown.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task ChangeToTheDealOfACustomerNamedInAList_IsToTheDealListed()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        (await chat.SendAsync("U-MGR", "Riley's deals closing this year")).Part<DealListResult>();

        await chat.SendAsync("U-MGR", "set the Pinecrest one to 55k");

        await using var db = chat.Store();
        Assert.Equal(55000, (await db.Deals.SingleAsync(d => d.Id == "D-P1")).Amount);
        Assert.Equal(20000, (await db.Deals.SingleAsync(d => d.Id == "D-P2")).Amount);
    }
}
