using Crm.Data.Deals;
using Crm.Skills.Deals;
using Crm.Skills.Pipeline;
using Crm.Skills.Results;
using Crm.Skills.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Deals;

public sealed class DealSkillsTests
{
    [Fact]
    public async Task CreateDeal_WithNameOnly_StartsAtLeadOwnedByActingUserInAccountCurrency()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());

        await store.SendAsync<DealSkills>("U-ZH", s => s.CreateDealAsync("ACC-XH", "数据中台二期", 300000));

        await using var db = store.NewContext();
        var deal = await db.Deals.SingleAsync(d => d.Name == "数据中台二期");
        Assert.Equal(("D-1004", DealStage.Lead, "U-ZH", "CNY", 300000m), (deal.Id, deal.Stage, deal.OwnerId, deal.Currency, deal.Amount));
        Assert.Equal(store.Clock.Now.UtcDateTime, deal.CreatedAt);
    }

    [Fact]
    public async Task CreateDeal_AfterAGapInNumbers_ContinuesAfterTheHighest()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard().Deal("D-1040", "ACC-NB", "old import", "U-REP"));

        var turn = await store.SendAsync<DealSkills>("U-REP", s => s.CreateDealAsync("ACC-NB", "Northbridge routing"));

        Assert.Equal("D-1041", Assert.Single(turn.Changes.Records).RecordId);
    }

    [Fact]
    public async Task UpdateDeal_MarkedWon_ChangesOnlyTheStage()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());

        var turn = await store.SendAsync<DealSkills>("U-REP", s => s.UpdateDealAsync("D-1001", DealStage.Won));

        Assert.Equal([new FieldDelta("stage", "proposal", "won")], Assert.Single(turn.Changes.Records).Fields);
        await using var db = store.NewContext();
        var deal = await db.Deals.SingleAsync(d => d.Id == "D-1001");
        Assert.Equal((new DateOnly(2026, 12, 10), 40000m), (deal.CloseDate, deal.Amount));
    }

    [Fact]
    public async Task UpdateDeal_WithSeveralFields_ChangesExactlyThose()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());

        var turn = await store.SendAsync<DealSkills>("U-REP", s => s.UpdateDealAsync("D-1001",
            closeDate: new DateOnly(2026, 12, 31), nextStep: "pricing call", nextStepDue: new DateOnly(2026, 11, 20)));

        Assert.Equal(["closeDate", "nextStep", "nextStepDue"], Assert.Single(turn.Changes.Records).Fields.Select(f => f.Field));
    }

    [Fact]
    public async Task UpdateDeal_Lost_KeepsTheReason()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());

        await store.SendAsync<DealSkills>("U-REP", s => s.UpdateDealAsync("D-1001", DealStage.Lost, lostReason: "went with a cheaper vendor"));

        await using var db = store.NewContext();
        var deal = await db.Deals.SingleAsync(d => d.Id == "D-1001");
        Assert.Equal((DealStage.Lost, "went with a cheaper vendor"), (deal.Stage, deal.LostReason));
    }

    [Fact]
    public async Task UpdateDeal_WithNegativeAmount_IsRefusedAndWritesNothing()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());
        var before = await StoreSnapshot.TakeAsync(store);

        var turn = await store.SendAsync<DealSkills>("U-REP", s => s.UpdateDealAsync("D-1001", amount: -5));

        Assert.Equal((RefusalReason.InvalidValue, "amount"), (turn.Refusal.Reason, turn.Refusal.Field));
        Assert.Equal(before, await StoreSnapshot.TakeAsync(store));
    }

    [Fact]
    public async Task ListDeals_MineClosingThisMonth_ListsOnlyThoseWithNames()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard()
            .Deal("D-1010", "ACC-EW", "Eastwind pallets", "U-REP", DealStage.Qualified, 3000, new DateOnly(2026, 11, 30))
            .Deal("D-1011", "ACC-EW", "Eastwind won one", "U-REP", DealStage.Won, 3000, new DateOnly(2026, 11, 12)));

        var turn = await store.SendAsync<DealListSkills>("U-REP", s => s.ListDealsAsync(DealScope.Mine, Period.ThisMonth));

        var line = Assert.Single(turn.Result<DealListResult>().Deals);
        Assert.Equal(("D-1010", "Eastwind Foods", "Riley Chen"), (line.Deal.Id, line.AccountName, line.OwnerName));
    }

    [Fact]
    public async Task ListDeals_ForAnAccount_ListsItsOpenDealsWhoeverOwnsThem()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());

        var turn = await store.SendAsync<DealListSkills>("U-SUP", s => s.ListDealsAsync(accountId: "ACC-NB"));

        Assert.Equal(["D-1002", "D-1001"], turn.Result<DealListResult>().Deals.Select(d => d.Deal.Id));
    }
}
