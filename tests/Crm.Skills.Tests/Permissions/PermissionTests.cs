using Crm.Data.Deals;
using Crm.Data.Users;
using Crm.Skills.Deals;
using Crm.Skills.Permissions;
using Crm.Skills.Results;
using Crm.Skills.Tests.Infrastructure;
using Crm.Skills.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Permissions;

public sealed class PermissionTests
{
    public static TheoryData<string, UserRole> EveryRoleAndAction()
    {
        var data = new TheoryData<string, UserRole>();
        foreach (var scenario in PermissionScenarios.All)
        {
            foreach (var role in PermissionScenarios.Actors.Keys)
                data.Add(scenario.Name, role);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryRoleAndAction))]
    public async Task Write_ByEachRole_IsAllowedOrRefusedAsBehaviourSays(string scenarioName, UserRole role)
    {
        var scenario = PermissionScenarios.All.Single(s => s.Name == scenarioName);
        var actor = PermissionScenarios.Actors[role];
        await using var store = await TestStore.CreateAsync(PermissionScenarios.Seed);
        var before = await StoreSnapshot.TakeAsync(store);

        var turn = await store.SendAsync(actor, async (m, t) => t.Results.Add(await scenario.Run(m, actor)));

        if (scenario.Allowed.Contains(role))
        {
            Assert.NotEmpty(turn.Changes.Records);
            Assert.NotEqual(before, await StoreSnapshot.TakeAsync(store));
        }
        else
        {
            Assert.Equal(RefusalReason.NotPermitted, turn.Refusal.Reason);
            Assert.Equal(scenario.Action, turn.Refusal.Action);
            Assert.Equal(before, await StoreSnapshot.TakeAsync(store));
            await using var db = store.NewContext();
            Assert.Equal(0, await db.ChangeSets.CountAsync());
        }
    }

    [Fact]
    public void Matrix_CoversEveryActionForEveryRole_AndAdminMayDoEverything()
    {
        var tested = PermissionScenarios.All.Select(s => s.Action).ToHashSet();

        Assert.Equal(Enum.GetValues<WriteAction>().Except([WriteAction.EditAccount]).Order(), tested.Order());
        Assert.All(Enum.GetValues<WriteAction>(), a => Assert.Equal(Reach.Any, PermissionMatrix.ReachOf(UserRole.Admin, a)));
        Assert.All([UserRole.Rep, UserRole.Manager, UserRole.Support], r => Assert.Equal(Reach.None, PermissionMatrix.ReachOf(r, WriteAction.EditAccount)));
    }

    [Fact]
    public async Task UpdateDeal_ByRepWhoDoesNotOwnIt_IsRefusedNamingTheOwner()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());

        var turn = await store.SendAsync<DealSkills>("U-REP", s => s.UpdateDealAsync("D-1003", DealStage.Won));

        var refusal = turn.Refusal;
        Assert.Equal("Sam Okafor", refusal.OwnerName);
        Assert.Equal(("deals", "D-1003", "Eastwind cold chain"), (refusal.Entity, refusal.RecordId, refusal.RecordLabel));
        Assert.Equal("The Eastwind cold chain deal is owned by Sam Okafor; only the owner or their manager can change it.", refusal.Detail);
        Assert.False(refusal.RoleForbids);
    }

    [Fact]
    public async Task UpdateDeal_BySupport_IsRefusedForTheRole_NotForWhoOwnsIt()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());

        var turn = await store.SendAsync<DealSkills>("U-SUP", s => s.UpdateDealAsync("D-1003", DealStage.Won));

        Assert.True(turn.Refusal.RoleForbids);
        Assert.Contains("support cannot change deals", turn.Refusal.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateTicket_ByRep_IsRefusedBecauseStatusIsSupports()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());

        var turn = await store.SendAsync<TicketSkills>("U-REP", s => s.UpdateTicketAsync("T-501", Crm.Data.Tickets.TicketStatus.Closed));

        Assert.Equal(WriteAction.ChangeTicket, turn.Refusal.Action);
        Assert.Contains("support", turn.Refusal.Detail, StringComparison.Ordinal);
    }
}
