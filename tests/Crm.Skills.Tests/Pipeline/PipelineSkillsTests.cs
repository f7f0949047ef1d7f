using Crm.Data.Deals;
using Crm.Skills.Pipeline;
using Crm.Skills.Results;
using Crm.Skills.Tests.Infrastructure;

namespace Crm.Skills.Tests.Pipeline;

public sealed class PipelineSkillsTests
{
    private static void Seed(SeedBuilder s) => s.People()
        .Account("ACC-A", "Alder Systems", "U-REP")
        .Account("ACC-B", "Birch Retail", "U-EAST")
        .Deal("D-1001", "ACC-A", "a lead", "U-REP", DealStage.Lead, 10000, new DateOnly(2026, 11, 25))
        .Deal("D-1002", "ACC-A", "a proposal", "U-REP", DealStage.Proposal, 50000, new DateOnly(2026, 12, 20))
        .Deal("D-1003", "ACC-A", "a won one", "U-REP", DealStage.Won, 99999, new DateOnly(2026, 11, 2))
        .Deal("D-1004", "ACC-A", "a euro one", "U-REP", DealStage.Negotiation, 20000, new DateOnly(2027, 3, 1), "EUR")
        .Deal("D-1005", "ACC-A", "teammate's", "U-REP2", DealStage.Qualified, 30000, new DateOnly(2026, 10, 15))
        .Deal("D-1006", "ACC-A", "manager's", "U-MGR", DealStage.NeedsAnalysis, 5000, new DateOnly(2026, 12, 1))
        .Deal("D-1007", "ACC-B", "east's", "U-EAST", DealStage.Negotiation, 100000, new DateOnly(2026, 11, 30))
        .Deal("D-1008", "ACC-B", "east's lost", "U-EAST", DealStage.Lost, 7000, new DateOnly(2026, 11, 30));

    [Fact]
    public async Task GetPipeline_Mine_TotalsPerCurrencyAndWeightsByStage()
    {
        await using var store = await TestStore.CreateAsync(Seed);

        var turn = await store.SendAsync<PipelineSkills>("U-REP", s => s.GetPipelineAsync());

        var pipeline = turn.Result<PipelineResult>();
        Assert.Equal([new MoneyTotal("EUR", 20000), new MoneyTotal("USD", 60000)], pipeline.Totals);
        Assert.Equal([new MoneyTotal("EUR", 16000), new MoneyTotal("USD", 31000)], pipeline.WeightedTotals);
        Assert.Equal([DealStage.Lead, DealStage.Proposal, DealStage.Negotiation], pipeline.Stages.Select(s => s.Stage));
        Assert.Equal((1, 0.6m), (pipeline.Stages[1].Count, pipeline.Stages[1].Weight));
    }

    [Fact]
    public async Task GetPipeline_MyTeamThisQuarter_CountsTheTeamsOpenDealsClosingInTheQuarter()
    {
        await using var store = await TestStore.CreateAsync(Seed);

        var turn = await store.SendAsync<PipelineSkills>("U-MGR", s => s.GetPipelineAsync(DealScope.MyTeam, Period.ThisQuarter));

        var pipeline = turn.Result<PipelineResult>();
        Assert.Equal((new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31)), (pipeline.From!.Value, pipeline.To!.Value));
        Assert.Equal([new MoneyTotal("USD", 95000)], pipeline.Totals);
        Assert.Equal([new MoneyTotal("USD", 39000)], pipeline.WeightedTotals);
        Assert.Equal(4, pipeline.Stages.Sum(s => s.Count));
    }

    [Fact]
    public async Task GetPipeline_AllThisMonth_IncludesEveryOwnerButNotClosedDeals()
    {
        await using var store = await TestStore.CreateAsync(Seed);

        var turn = await store.SendAsync<PipelineSkills>("U-REP", s => s.GetPipelineAsync(DealScope.All, Period.ThisMonth));

        Assert.Equal([new MoneyTotal("USD", 110000)], turn.Result<PipelineResult>().Totals);
    }

    [Fact]
    public async Task GetPipeline_MineForAnAdmin_SeesAllDeals()
    {
        await using var store = await TestStore.CreateAsync(Seed);

        var turn = await store.SendAsync<PipelineSkills>("U-ADM", s => s.GetPipelineAsync());

        Assert.Equal([new MoneyTotal("EUR", 20000), new MoneyTotal("USD", 195000)], turn.Result<PipelineResult>().Totals);
    }

    [Fact]
    public async Task GetPipeline_ForANamedTeamOrOwner_FiltersToThem()
    {
        await using var store = await TestStore.CreateAsync(Seed);

        var team = await store.SendAsync<PipelineSkills>("U-REP", s => s.GetPipelineAsync(DealScope.Team, team: "East"));
        var owner = await store.SendAsync<PipelineSkills>("U-MGR", s => s.GetPipelineAsync(DealScope.Owner, ownerId: "U-REP2"));

        Assert.Equal([new MoneyTotal("USD", 100000)], team.Result<PipelineResult>().Totals);
        Assert.Equal([new MoneyTotal("USD", 30000)], owner.Result<PipelineResult>().Totals);
    }

    [Theory]
    [InlineData(Period.ThisMonth, "2026-11-01", "2026-11-30")]
    [InlineData(Period.NextMonth, "2026-12-01", "2026-12-31")]
    [InlineData(Period.ThisQuarter, "2026-10-01", "2026-12-31")]
    [InlineData(Period.NextQuarter, "2027-01-01", "2027-03-31")]
    [InlineData(Period.ThisYear, "2026-01-01", "2026-12-31")]
    public void Resolve_OnAMidNovemberDay_GivesCalendarBounds(Period period, string from, string to) =>
        Assert.Equal((DateOnly.Parse(from), DateOnly.Parse(to)), Periods.Resolve(period, new DateOnly(2026, 11, 18)) is var (f, t) ? (f!.Value, t!.Value) : default);
}
