using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>
/// Deal lists narrowed by what the question says, in either language, and never taken for a change: an amount
/// ("over 40k", "十五万以上"), a stage ("list my qualified deals"), a close-date window ("between dec 1 and dec 15",
/// "in the next 3 weeks"), nothing logged for some days, won or lost, and the largest or smallest first.
/// </summary>
public sealed class DealListFiltersConversationTests
{
    // Wednesday 18 Nov 2026: 07:00 in Los Angeles, 23:00 in Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("U-REP", "any deals over 60k?", new[] { "D-H1" })]
    [InlineData("U-MGR", "any deals over 40k on my team?", new[] { "D-H1", "D-P1" })]
    [InlineData("U-ZH", "我手上十五万以上的单子", new[] { "D-B1", "D-Y1" })]
    [InlineData("U-REP", "my deals under 30k", new[] { "D-P2" })]
    [InlineData("U-REP", "my deals closing between dec 1 and dec 15 - whats the total", new[] { "D-H1" })]
    [InlineData("U-REP", "how much have I got closing in the next 3 weeks", new[] { "D-H1" })]
    [InlineData("U-REP", "what have I got sitting in negotiation", new[] { "D-H1" })]
    [InlineData("U-REP", "list my qualified deals", new[] { "D-P2" })]
    [InlineData("U-ZH", "我在方案报价阶段的单子", new[] { "D-Y1" })]
    [InlineData("U-ZH", "我下个月要成交的单子有哪些，合计多少", new[] { "D-B1", "D-Y1" })]
    [InlineData("U-MGR", "uh how many deals does Riley have in proposal", new[] { "D-P1" })]
    [InlineData("U-MGR", "what did we win this year", new[] { "D-H2" })]
    public async Task DealsAskedByWhatNarrowsThem_AreListed_AndNothingIsWritten(string user, string question, string[] deals)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var list = (await chat.SendAsync(user, question)).Part<DealListResult>();

        Assert.Equal(deals, list.Deals.Select(d => d.Deal.Id));
        await using var db = chat.Store();
        Assert.Equal(0, await db.ChangeSets.CountAsync());
    }

    [Theory]
    [InlineData("U-MGR", "smallest open deal on my team", new[] { "D-P2" })]
    [InlineData("U-MGR", "top 2 deals for west by amount", new[] { "D-H1", "D-P1" })]
    [InlineData("U-MGR", "what's the biggest open deal on my team?", new[] { "D-H1" })]
    [InlineData("U-ZH", "我现在金额最小的在跟单子是哪个", new[] { "D-Y2" })]
    public async Task LargestOrSmallestDealsAsked_AreListedInThatOrder(string user, string question, string[] deals)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var list = (await chat.SendAsync(user, question)).Part<DealListResult>();

        Assert.Equal(deals, list.Deals.Select(d => d.Deal.Id));
    }

    [Theory]
    [InlineData("which of my deals have had nothing logged in the last 7 days, and what's that worth in total")]
    [InlineData("how much of my pipeline has gone cold? nothing logged in the last 2 weeks")]
    public async Task DealsWithNothingLoggedLately_AreThoseWhoseCustomerHadNoActivity(string question)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync("U-REP", "just had a call with Dev Malik at Harbor about the route planner");

        var list = (await chat.SendAsync("U-REP", question)).Part<DealListResult>();

        Assert.Equal(["D-P1", "D-P2"], list.Deals.Select(d => d.Deal.Id));
    }

    [Fact]
    public async Task WeightedTotalAsked_OfAColleaguesDealsClosingThisQuarter_IsGiven()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var list = (await chat.SendAsync("U-MGR", "what's Riley got closing this quarter? weighted too")).Part<DealListResult>();

        Assert.Equal(["D-H1", "D-P1"], list.Deals.Select(d => d.Deal.Id));
        Assert.Equal(80000m * 0.8m + 50000m * 0.6m, Assert.Single(list.WeightedTotals!).Amount);
    }

    [Fact]
    public async Task PipelineBrokenDownByRep_GivesEachOwnersTotal()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var pipeline = (await chat.SendAsync("U-ADM", "break down the west pipeline by rep")).Part<PipelineResult>();

        Assert.Equal("team:West", pipeline.ScopeDescription);
        var owner = Assert.Single(pipeline.Owners!);
        Assert.Equal(("Riley Chen", 3, 150000m), (owner.Name, owner.Count, Assert.Single(owner.Totals).Amount));
    }

    [Fact]
    public async Task PipelineAskedNotJustForAWindow_CoversEveryCloseDate()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var pipeline = (await chat.SendAsync("U-MGR", "whole team pipeline pls, not just this quarter")).Part<PipelineResult>();

        Assert.Null(pipeline.From);
        Assert.Equal(150000m, Assert.Single(pipeline.Totals).Amount);
    }
}
