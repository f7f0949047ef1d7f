using Crm.Data.Activities;
using Crm.Skills.Activities;
using Crm.Skills.Deals;
using Crm.Skills.Invoking;
using Crm.Skills.Results;
using Crm.Skills.Tasks;
using Crm.Skills.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Ids;

/// <summary>
/// Messages that create records at the same moment, each in its own DI scope on one real store: each
/// must get ids no other message took, and every one of them must commit.
/// </summary>
public sealed class ConcurrentRecordIdsTests
{
    private const int Messages = 6;

    private static void Seed(SeedBuilder s) => s.People().Account("ACC-A", "Alder Systems", "U-REP").Deal("D-1001", "ACC-A", "first", "U-REP");

    /// <summary>Each message creates a task, logs a note and opens a deal, so three id series race at once.</summary>
    internal static Task<Turn[]> SendAtOnceAsync(Func<string, Func<MessageScope, Turn, Task>, string, Task<Turn>> send) =>
        Task.WhenAll(Enumerable.Range(1, Messages).Select(i => Task.Run(() => send("U-REP", async (m, t) =>
        {
            t.Results.Add(await m.RunAsync<TaskSkills>(s => s.CreateTaskAsync($"call back #{i}")));
            t.Results.Add(await m.RunAsync<ActivitySkills>(s => s.LogActivityAsync("ACC-A", ActivityType.Note, $"note #{i}")));
            t.Results.Add(await m.RunAsync<DealSkills>(s => s.CreateDealAsync("ACC-A", $"deal #{i}")));
        }, $"conv-{i}"))));

    [Fact]
    public async Task NewRecords_FromMessagesAtTheSameInstantOnSqlite_AllCommitWithDistinctIds()
    {
        await using var store = await TestStore.CreateAsync(Seed);

        var turns = await SendAtOnceAsync((user, calls, conversation) => store.SendAsync(user, calls, conversation));

        await AssertAllCommittedAsync(turns, store.NewContext());
    }

    [PostgresFact]
    public async Task NewRecords_FromMessagesAtTheSameInstantOnPostgres_AllCommitWithDistinctIds()
    {
        await using var store = await PostgresStore.CreateAsync(Seed);

        var turns = await SendAtOnceAsync(store.SendAsync);

        await AssertAllCommittedAsync(turns, store.NewContext());
    }

    private static async Task AssertAllCommittedAsync(Turn[] turns, Crm.Data.Store.CrmDbContext context)
    {
        await using var db = context;
        Assert.All(turns, t => Assert.IsType<ChangeResult>(t.Outcome));
        var ids = turns.SelectMany(t => t.Changes.Records).Select(r => r.RecordId).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(Messages, await db.Tasks.CountAsync());
        Assert.Equal(Messages, await db.Activities.CountAsync());
        Assert.Equal(Messages + 1, await db.Deals.CountAsync());
        Assert.Equal(Messages, await db.ChangeSets.CountAsync());
        Assert.Equal("D-" + (1001 + Messages), await db.Deals.MaxAsync(d => d.Id));
    }
}
