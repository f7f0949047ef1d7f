using Crm.Skills.Results;
using Crm.Skills.Tests.Infrastructure;

namespace Crm.Skills.Tests.Conversation;

/// <summary>
/// Whose deals a pipeline or deal-list question covers (behaviour §5; everyone may read everything): a colleague
/// named in it, a team named in it, the asker's team, and a month or week as the close-date window.
/// </summary>
public sealed class DealReadScopeConversationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("U-MGR", "how's Riley's pipe looking?")]
    [InlineData("U-EAST", "What does Riley have in the pipeline?")]
    [InlineData("U-ZH", "看看Riley Chen手上的漏斗")]
    public async Task Pipeline_OfANamedColleague_TotalsTheirDealsAndNamesThem(string asker, string message)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var pipeline = (await chat.SendAsync(asker, message)).Part<PipelineResult>();

        Assert.Equal("owner:U-REP", pipeline.ScopeDescription);
        Assert.Equal("Riley Chen", pipeline.ScopeOwnerName);
        Assert.Equal(150000m, Assert.Single(pipeline.Totals).Amount);
    }

    [Fact]
    public async Task Pipeline_OfAColleagueNamedInChinese_IsTheirs()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var pipeline = (await chat.SendAsync("U-REP", "看看周杰手上的漏斗")).Part<PipelineResult>();

        Assert.Equal("owner:U-ZH", pipeline.ScopeDescription);
        Assert.Equal(("CNY", 620000m), (Assert.Single(pipeline.Totals).Currency, pipeline.Totals[0].Amount));
    }

    [Theory]
    [InlineData("U-MGR2", "what's Riley got closing in December?", new[] { "D-H1", "D-P1" })]
    [InlineData("U-REP", "show me the East team's deals", new[] { "D-Q1" })]
    [InlineData("U-ZH", "华南团队12月要关的单子有哪些", new[] { "D-B1", "D-Y1" })]
    [InlineData("U-REP2", "my team's deals closing next month", new[] { "D-H1", "D-P1" })]
    [InlineData("U-REP", "my deals closing in January", new[] { "D-P2" })]
    [InlineData("U-MGR", "anything closing for my team in december?", new[] { "D-H1", "D-P1" })]
    [InlineData("U-REP", "what am I closing in january?", new[] { "D-P2" })]
    [InlineData("U-MGR", "what's Riley got in negotiation?", new[] { "D-H1" })]
    [InlineData("U-REP", "anything of mine closing in december?", new[] { "D-H1", "D-P1" })]
    [InlineData("U-MGR", "how much does Riley have sitting in negotiation?", new[] { "D-H1" })]
    public async Task DealList_CoversTheNamedOwnerOrTeamAndTheMonth(string asker, string message, string[] expected)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var list = (await chat.SendAsync(asker, message)).Part<DealListResult>();

        Assert.Equal(expected, list.Deals.Select(d => d.Deal.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TotalOfATeamsDealsAskedFor_IsItsPipeline()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var pipeline = (await chat.SendAsync("U-ZH", "华南团队所有的单子合计多少")).Part<PipelineResult>();

        Assert.Equal(("CNY", 620000m), (Assert.Single(pipeline.Totals).Currency, pipeline.Totals[0].Amount));
    }

    [Fact]
    public async Task WhatDealsAColleagueHasOpen_ListsTheirOpenDeals()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var list = (await chat.SendAsync("U-MGR", "what deals does Riley have open right now?")).Part<DealListResult>();

        Assert.Equal(["D-H1", "D-P1", "D-P2"], list.Deals.Select(d => d.Deal.Id).Order());
    }

    [Fact]
    public async Task WhichTeamDealsSitAtAStage_ListsTheTeamsDealsThere()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var list = (await chat.SendAsync("U-MGR", "which team deals are sitting in negotiation?")).Part<DealListResult>();

        Assert.Equal(["D-H1"], list.Deals.Select(d => d.Deal.Id));
    }

    [Theory]
    [InlineData("what open deals does riley have?")]
    [InlineData("which deals does Riley have")]
    public async Task DealList_AskedWhatAColleagueHas_IsTheirDeals(string message)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var list = (await chat.SendAsync("U-MGR", message)).Part<DealListResult>();

        Assert.Equal(["D-H1", "D-P1", "D-P2"], list.Deals.Select(d => d.Deal.Id).Order());
    }
}
