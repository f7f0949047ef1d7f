using Crm.Data.Activities;
using Crm.Data.Deals;
using Crm.Data.Tickets;
using Crm.Skills.Activities;
using Crm.Skills.Deals;
using Crm.Skills.Find;
using Crm.Skills.Invoking;
using Crm.Skills.Results;
using Crm.Skills.Tests.Infrastructure;
using Crm.Skills.Tickets;
using Crm.Skills.Undo;
using Crm.Skills.Understanding.Index;
using System.Data.Common;
using Crm.Data.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Skills.Tests.Understanding;

/// <summary>The cached name index follows the store without being rebuilt by every write.</summary>
public sealed class StoreIndexCacheTests
{
    private static Task<TestStore> StoreAsync() => TestStore.CreateAsync(s => s.People()
        .Account("ACC-A", "Alder Systems", "U-REP").Deal("D-1", "ACC-A", "Warehouse rollout", "U-REP", DealStage.Proposal));

    private static async Task<StoreIndex> IndexAsync(TestStore store, StoreIndexCache cache)
    {
        await using var db = store.NewContext();
        return await cache.GetAsync(db, CancellationToken.None);
    }

    [Fact]
    public async Task Index_AfterWritesItDoesNotHold_IsTheSameIndex()
    {
        await using var store = await StoreAsync();
        var cache = new StoreIndexCache();
        var before = await IndexAsync(store, cache);

        await store.SendAsync<ActivitySkills>("U-REP", s => s.LogActivityAsync("ACC-A", ActivityType.Call, "talked about the rollout"));
        await store.SendAsync<DealSkills>("U-REP", s => s.UpdateDealAsync("D-1", lostReason: "budget moved to next year"));

        Assert.Same(before, await IndexAsync(store, cache));
    }

    [Fact]
    public async Task Index_AfterAStageMoveAndANewAmount_ShowsBothWithoutRebuildingNames()
    {
        await using var store = await StoreAsync();
        var cache = new StoreIndexCache();
        var before = await IndexAsync(store, cache);

        await store.SendAsync<DealSkills>("U-REP", s => s.UpdateDealAsync("D-1", stage: DealStage.Won));
        await store.SendAsync<DealSkills>("U-REP", s => s.UpdateDealAsync("D-1", amount: 42_000m));
        var after = await IndexAsync(store, cache);

        Assert.Equal((DealStage.Won, 42_000m), (after.Deals["D-1"].Stage, after.Deals["D-1"].Amount));
        Assert.Empty(after.OpenDealsOf("ACC-A"));
        Assert.Same(before.AccountNames, after.AccountNames);
    }

    [Fact]
    public async Task Index_AfterACloseDateChange_HoldsTheNewDateWithoutRebuildingNames()
    {
        await using var store = await StoreAsync();
        var cache = new StoreIndexCache();
        var before = await IndexAsync(store, cache);

        await store.SendAsync<DealSkills>("U-REP", s => s.UpdateDealAsync("D-1", closeDate: new DateOnly(2027, 1, 31)));
        var after = await IndexAsync(store, cache);

        Assert.Equal(new DateOnly(2027, 1, 31), after.Deals["D-1"].CloseDate);
        Assert.Same(before.AccountNames, after.AccountNames);
    }

    [Fact]
    public async Task Index_AfterADealRename_IsRebuiltWithTheNewName()
    {
        await using var store = await StoreAsync();
        var cache = new StoreIndexCache();
        var before = await IndexAsync(store, cache);

        await store.SendAsync<DealSkills>("U-REP", s => s.UpdateDealAsync("D-1", name: "Fleet telematics"));
        var after = await IndexAsync(store, cache);

        Assert.Equal("Fleet telematics", after.Deals["D-1"].Name);
        Assert.NotSame(before.DealWords, after.DealWords);
    }

    [Fact]
    public async Task Index_AfterANewTicket_FindsItsWordsWithoutRebuildingNames()
    {
        await using var store = await StoreAsync();
        var cache = new StoreIndexCache();
        var before = await IndexAsync(store, cache);

        await store.SendAsync<TicketSkills>("U-REP", s => s.OpenTicketAsync("ACC-A", "Scanner firmware crashes", "handhelds reboot at login"));
        var after = await IndexAsync(store, cache);

        var ticket = Assert.Single(after.Tickets.Values);
        Assert.Equal("Scanner firmware crashes", ticket.Title);
        Assert.Contains(ticket.Id, after.TicketWords.Match("the firmware thing").Keys);
        Assert.Contains(after.Names.Search(NameText.Normalize("Scanner firmware"), 20), h => h.Entry.Id == ticket.Id);
        Assert.Empty(before.TicketWords.Match("the firmware thing"));
        Assert.Same(before.AccountNames, after.AccountNames);
    }

    /// <summary>"哪个最急" after a ticket list reads the priorities from the index, so a priority changed since must show there.</summary>
    [Fact]
    public async Task Index_AfterATicketsPriorityChanges_HoldsTheNewPriority()
    {
        await using var store = await StoreAsync();
        var cache = new StoreIndexCache();
        await store.SendAsync<TicketSkills>("U-REP", s => s.OpenTicketAsync("ACC-A", "Scanner firmware crashes"));
        var ticket = Assert.Single((await IndexAsync(store, cache)).Tickets.Values);

        await store.SendAsync<TicketSkills>("U-SUP", s => s.UpdateTicketAsync(ticket.Id, priority: TicketPriority.Urgent));

        Assert.Equal(TicketPriority.Urgent, (await IndexAsync(store, cache)).Tickets[ticket.Id].Priority);
    }

    [Fact]
    public async Task Index_AfterANewTicketIsUndone_ForgetsTheTicket()
    {
        await using var store = await StoreAsync();
        var cache = new StoreIndexCache();
        await store.SendAsync<TicketSkills>("U-REP", s => s.OpenTicketAsync("ACC-A", "Scanner firmware crashes"));
        Assert.Single((await IndexAsync(store, cache)).Tickets);

        await store.SendAsync<UndoSkills>("U-REP", s => s.UndoLastAsync());

        Assert.Empty((await IndexAsync(store, cache)).Tickets);
    }

    /// <summary>
    /// A write the index does not hold, committed by this process, leaves the index current: the next message finds it
    /// so without reading the audit trail. A write it holds (a stage move) is still read from the audit trail.
    /// </summary>
    [Fact]
    public async Task Index_AfterThisProcessCommitsWritesItDoesNotHold_IsCurrentWithoutReadingTheAuditTrail()
    {
        var reads = new AuditTrailReads();
        await using var store = await TestStore.CreateAsync(s => s.People()
            .Account("ACC-A", "Alder Systems", "U-REP").Deal("D-1", "ACC-A", "Warehouse rollout", "U-REP", DealStage.Proposal), interceptors: reads);
        var before = await IndexOfAMessageAsync(store);

        await store.SendAsync<ActivitySkills>("U-REP", s => s.LogActivityAsync("ACC-A", ActivityType.Call, "talked about the rollout"));
        await store.SendAsync<DealSkills>("U-REP", s => s.UpdateDealAsync("D-1", lostReason: "budget moved to next year"));
        reads.Count = 0;
        Assert.Same(before, await IndexOfAMessageAsync(store));
        Assert.Equal(0, reads.Count);

        await store.SendAsync<DealSkills>("U-REP", s => s.UpdateDealAsync("D-1", stage: DealStage.Won));
        Assert.Equal(DealStage.Won, (await IndexOfAMessageAsync(store)).Deals["D-1"].Stage);
        Assert.Equal(1, reads.Count);
    }

    /// <summary>
    /// A message that renames a deal, then looks records up (reading the index inside its transaction), then is refused:
    /// the rename is rolled back, and the index the lookup saw must not be kept, even once the next message's change set
    /// takes the rolled-back one's id.
    /// </summary>
    [Fact]
    public async Task Index_ReadInsideAMessageThatIsRolledBack_IsNotKept()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());
        await IndexOfAMessageAsync(store);

        var refused = await store.SendAsync("U-REP", "conv-1",
            m => m.RunAsync<DealSkills>(s => s.UpdateDealAsync("D-1001", name: "Harborview pilot")),
            m => m.RunAsync<FindSkills>(s => s.FindAsync("Harborview pilot")),
            m => m.RunAsync<DealSkills>(s => s.UpdateDealAsync("D-1003", stage: DealStage.Qualified)));
        await store.SendAsync<ActivitySkills>("U-REP", s => s.LogActivityAsync("ACC-NB", ActivityType.Call, "talked about the pilot"));

        Assert.Equal(RefusalReason.NotPermitted, refused.Refusal.Reason);
        Assert.Equal("Northbridge fleet tracking", (await IndexOfAMessageAsync(store)).Deals["D-1001"].Name);
    }

    /// <summary>The index as a message gets it: through the host's cache, on a message's context.</summary>
    private static async Task<StoreIndex> IndexOfAMessageAsync(TestStore store)
    {
        await using var scope = store.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        return await scope.ServiceProvider.GetRequiredService<StoreIndexCache>().GetAsync(db, CancellationToken.None);
    }

    /// <summary>Counts the messages' contexts' reads of the audit trail.</summary>
    private sealed class AuditTrailReads : DbCommandInterceptor
    {
        private int _count;

        public int Count
        {
            get => Volatile.Read(ref _count);
            set => Volatile.Write(ref _count, value);
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("FROM \"field_changes\"", StringComparison.Ordinal))
                Interlocked.Increment(ref _count);
            return ValueTask.FromResult(result);
        }
    }

    /// <summary>
    /// A row removed without the audit trail (SQL by hand) is seen by the next message, though the table's other rows
    /// keep its highest rowid, which is all the fingerprint used to read on SQLite.
    /// </summary>
    [Fact]
    public async Task Index_AfterAnAccountIsDeletedOutsideChangeSets_ForgetsIt()
    {
        await using var store = await TestStore.CreateAsync(s => s.People()
            .Account("ACC-A", "Alder Systems", "U-REP").Account("ACC-B", "Birchwood Freight", "U-REP"));
        var cache = new StoreIndexCache();
        bool Finds(StoreIndex index, string name, string id) => index.Names.Search(NameText.Normalize(name), 20).Any(h => h.Entry.Id == id);
        Assert.True(Finds(await IndexAsync(store, cache), "Alder Systems", "ACC-A"));

        await using (var db = store.NewContext())
            await db.Database.ExecuteSqlRawAsync("""DELETE FROM "accounts" WHERE "Id" = 'ACC-A'""");

        var after = await IndexAsync(store, cache);
        Assert.False(Finds(after, "Alder Systems", "ACC-A"));
        Assert.True(Finds(after, "Birchwood Freight", "ACC-B"));
    }

    /// <summary>
    /// The same patches and rebuilds on PostgreSQL, whose counts come from statement triggers, including for a row
    /// written without a change set.
    /// </summary>
    [PostgresFact]
    public async Task Index_OnPostgres_PatchesStageMovesAndTicketsAndRebuildsForRowsAddedOutsideChangeSets()
    {
        await using var store = await PostgresStore.CreateAsync(s => s.People()
            .Account("ACC-A", "Alder Systems", "U-REP").Deal("D-1", "ACC-A", "Warehouse rollout", "U-REP", DealStage.Proposal));
        var cache = new StoreIndexCache();
        async Task<StoreIndex> IndexAsync()
        {
            await using var db = store.NewContext();
            return await cache.GetAsync(db, CancellationToken.None);
        }
        Task SendAsync(Func<MessageScope, Task<SkillResult>> call) =>
            store.SendAsync("U-REP", async (m, t) => t.Results.Add(await call(m)), "conv-1");
        var before = await IndexAsync();

        await SendAsync(m => m.RunAsync<ActivitySkills>(s => s.LogActivityAsync("ACC-A", ActivityType.Call, "talked about the rollout")));
        Assert.Same(before, await IndexAsync());

        await SendAsync(m => m.RunAsync<DealSkills>(s => s.UpdateDealAsync("D-1", stage: DealStage.Won)));
        await SendAsync(m => m.RunAsync<TicketSkills>(s => s.OpenTicketAsync("ACC-A", "Scanner firmware crashes")));
        var patched = await IndexAsync();
        Assert.Equal(DealStage.Won, patched.Deals["D-1"].Stage);
        Assert.Contains(patched.Tickets.Values, t => t.Title == "Scanner firmware crashes");
        Assert.Same(before.AccountNames, patched.AccountNames);

        await using (var db = store.NewContext())
            await new SeedBuilder().Account("ACC-B", "Birchwood Freight", "U-REP").SaveAsync(db);
        var rebuilt = await IndexAsync();
        Assert.Contains(rebuilt.Names.Search(NameText.Normalize("Birchwood Freight"), 20), h => h.Entry.Id == "ACC-B");
    }
}
