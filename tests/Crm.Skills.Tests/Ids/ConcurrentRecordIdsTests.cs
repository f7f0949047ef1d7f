using Crm.Data.Activities;
using Crm.Skills.Activities;
using Crm.Skills.Tests.Infrastructure;

namespace Crm.Skills.Tests.Ids;

/// <summary>Messages written at the same moment read the same highest id; each must still get its own.</summary>
public sealed class ConcurrentRecordIdsTests
{
    [Fact]
    public async Task NewActivities_FromMessagesAtTheSameMoment_GetDistinctIdsAndAllSave()
    {
        await using var store = await TestStore.CreateAsync(s => s.People().Account("ACC-A", "Alder Systems", "U-REP"));

        var turns = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() =>
            store.SendAsync<ActivitySkills>("U-REP", s => s.LogActivityAsync("ACC-A", ActivityType.Call, $"call {i}"), conversation: $"conv-{i}"))));

        var ids = turns.Select(t => Assert.Single(t.Changes.Records).RecordId).ToList();
        Assert.Equal(8, ids.Distinct().Count());
        await using var db = store.NewContext();
        Assert.Equal(8, db.Activities.Count());
    }
}
