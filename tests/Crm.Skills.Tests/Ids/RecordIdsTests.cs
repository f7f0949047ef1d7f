using Crm.Data.Deals;
using Crm.Skills.Activities;
using Crm.Skills.Contacts;
using Crm.Skills.Deals;
using Crm.Skills.Tasks;
using Crm.Skills.Tests.Infrastructure;
using Crm.Skills.Tickets;

namespace Crm.Skills.Tests.Ids;

public sealed class RecordIdsTests
{
    [Fact]
    public async Task NewRecords_InAnEmptyStore_StartInTheHouseStyle()
    {
        await using var store = await TestStore.CreateAsync(s => s.People().Account("ACC-A", "Alder Systems", "U-REP"));

        var turn = await store.SendAsync("U-REP", "conv-1",
            m => m.RunAsync<ActivitySkills>(s => s.LogActivityAsync("ACC-A", Crm.Data.Activities.ActivityType.Note, "first")),
            m => m.RunAsync<TaskSkills>(s => s.CreateTaskAsync("first")),
            m => m.RunAsync<TicketSkills>(s => s.OpenTicketAsync("ACC-A", "first")),
            m => m.RunAsync<ContactSkills>(s => s.AddContactAsync("ACC-A", "First Person")),
            m => m.RunAsync<DealSkills>(s => s.CreateDealAsync("ACC-A", "first")),
            m => m.RunAsync<DealSkills>(s => s.CreateDealAsync("ACC-A", "second")));

        Assert.Equal(["ACT-0001", "TSK-01", "T-501", "CON-001", "D-1001", "D-1002"], turn.Changes.Records.Select(r => r.RecordId));
    }

    [Fact]
    public async Task NewDeal_BesideOddIdsAndLongerNumbers_TakesTheNextNumber()
    {
        await using var store = await TestStore.CreateAsync(s => s.People().Account("ACC-A", "Alder Systems", "U-REP")
            .Deal("D-LEGACY", "ACC-A", "imported", "U-REP").Deal("D-999", "ACC-A", "old", "U-REP").Deal("D-10007", "ACC-A", "big", "U-REP", DealStage.Won));

        var turn = await store.SendAsync<DealSkills>("U-REP", s => s.CreateDealAsync("ACC-A", "next"));

        Assert.Equal("D-10008", Assert.Single(turn.Changes.Records).RecordId);
    }
}
