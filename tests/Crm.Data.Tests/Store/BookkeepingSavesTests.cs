using System.Diagnostics.Metrics;
using Crm.Data.Channels;
using Crm.Data.Conversations;
using Crm.Data.Store;
using Crm.Data.Tests.Support;
using Crm.Data.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Data.Tests.Store;

/// <summary>
/// Bookkeeping saves that wait for a SQLite file's write lock are committed together, and each behaves as its own save would.
/// These tests count the lock's uses, which every test's writes report, so they run alone.
/// </summary>
[Collection(WriteLockCountingCollection.Name)]
public sealed class BookkeepingSavesTests
{
    [Fact]
    public async Task Saves_WaitingForTheWriteLock_CommitTogetherInOneSave()
    {
        await using var store = await TestStore.SqliteFileAsync();
        using var saves = new SaveCounter();
        await using var holder = store.Open();
        var transaction = await holder.Database.BeginTransactionAsync();
        var turns = Enumerable.Range(1, 5).Select(_ => store.Open()).ToList();

        var saving = turns.Select((db, i) =>
        {
            db.Add(Record($"K-{i}"));
            return db.SaveBookkeepingAsync(CancellationToken.None);
        }).ToList();
        var waitedForTheLock = saving.All(s => !s.IsCompleted);
        await transaction.CommitAsync();
        await Task.WhenAll(saving);

        Assert.True(waitedForTheLock);
        Assert.Equal(1, saves.Count);
        await using var check = store.Open();
        Assert.Equal(5, await check.Set<ProcessedActivity>().CountAsync());
        Assert.All(turns, db => Assert.All(db.ChangeTracker.Entries(), e => Assert.Equal(EntityState.Unchanged, e.State)));
        foreach (var db in turns)
            await db.DisposeAsync();
    }

    [Fact]
    public async Task Save_InABatchThatFails_SavesOnItsOwn_AndOnlyTheFaultyOneFails()
    {
        await using var store = await TestStore.SqliteFileAsync();
        await using (var seed = store.Open())
        {
            seed.Add(Record("K-TAKEN"));
            await seed.SaveChangesAsync();
        }
        await using var holder = store.Open();
        var transaction = await holder.Database.BeginTransactionAsync();
        await using var fresh = store.Open();
        await using var retried = store.Open();
        fresh.Add(Record("K-NEW"));
        retried.Add(Record("K-TAKEN"));

        var freshSave = fresh.SaveBookkeepingAsync(CancellationToken.None);
        var retriedSave = retried.SaveBookkeepingAsync(CancellationToken.None);
        await transaction.CommitAsync();

        await freshSave;
        await Assert.ThrowsAsync<DbUpdateException>(() => retriedSave);
        await using var check = store.Open();
        Assert.Equal(["K-NEW", "K-TAKEN"], await check.Set<ProcessedActivity>().OrderBy(p => p.Key).Select(p => p.Key).ToListAsync());
    }

    [Fact]
    public async Task ChangedAndRemovedRows_InOneBatch_AreUpdatedAndDeleted()
    {
        await using var store = await TestStore.SqliteFileAsync();
        await using (var seed = store.Open())
        {
            seed.AddRange(State("C-EDIT", "{\"v\":1}"), State("C-DROP", "{\"v\":1}"));
            await seed.SaveChangesAsync();
        }
        await using var holder = store.Open();
        var transaction = await holder.Database.BeginTransactionAsync();
        await using var edit = store.Open();
        await using var drop = store.Open();
        var edited = await edit.Set<ConversationStateEntry>().SingleAsync(s => s.ConversationId == "C-EDIT");
        edited.Json = "{\"v\":2}";
        drop.Remove(await drop.Set<ConversationStateEntry>().SingleAsync(s => s.ConversationId == "C-DROP"));

        var saving = new[] { edit.SaveBookkeepingAsync(CancellationToken.None), drop.SaveBookkeepingAsync(CancellationToken.None) };
        await transaction.CommitAsync();
        await Task.WhenAll(saving);

        await using var check = store.Open();
        var left = await check.Set<ConversationStateEntry>().SingleAsync();
        Assert.Equal(("C-EDIT", "{\"v\":2}"), (left.ConversationId, left.Json));
        Assert.Equal(EntityState.Unchanged, edit.Entry(edited).State);
        Assert.Empty(drop.ChangeTracker.Entries());
    }

    [Fact]
    public async Task Save_WithOtherPendingRows_SavesEverythingOnItsOwn()
    {
        await using var store = await TestStore.SqliteFileAsync();
        using var saves = new SaveCounter();
        await using var db = store.Open();
        db.Add(Record("K-WITH-USER"));
        db.Add(new User { Id = "U-BOOKKEEPING", Name = "Saved alongside" });

        await db.SaveBookkeepingAsync(CancellationToken.None);

        await using var check = store.Open();
        Assert.True(await check.Set<ProcessedActivity>().AnyAsync(p => p.Key == "K-WITH-USER"));
        Assert.True(await check.Users.AnyAsync(u => u.Id == "U-BOOKKEEPING"));
        Assert.Equal(1, saves.Count);
    }

    [Fact]
    public async Task Batch_OfAHostsTurns_SavesThroughAContextLentFromTheHostsPool()
    {
        await using var store = await TestStore.SqliteFileAsync();
        await using var host = new ServiceCollection().AddCrmStore(store.Options).BuildServiceProvider();
        await using var holder = store.Open();
        var transaction = await holder.Database.BeginTransactionAsync();
        var turns = Enumerable.Range(1, 2).Select(_ => host.CreateAsyncScope()).ToList();

        var saving = turns.Select((turn, i) =>
        {
            var db = turn.ServiceProvider.GetRequiredService<CrmDbContext>();
            db.Add(Record($"K-HOST-{i}"));
            return db.SaveBookkeepingAsync(CancellationToken.None);
        }).ToList();
        await transaction.CommitAsync();
        await Task.WhenAll(saving);
        foreach (var turn in turns)
            await turn.DisposeAsync();

        // The pool now holds the two turns' contexts and the batch's: three contexts rented at once are all used ones.
        var next = Enumerable.Range(1, 3).Select(_ => host.CreateAsyncScope()).ToList();
        var leases = next.Select(scope => scope.ServiceProvider.GetRequiredService<CrmDbContext>().ContextId.Lease).ToList();
        Assert.All(leases, lease => Assert.True(lease > 1, $"a context new to the pool (lease {lease}) among {string.Join(", ", leases)}"));
        await using var check = store.Open();
        Assert.Equal(2, await check.Set<ProcessedActivity>().CountAsync());
        foreach (var scope in next)
            await scope.DisposeAsync();
    }

    private static ProcessedActivity Record(string key) => new()
    {
        Key = key, ChannelId = "msteams", ConversationId = "a:conversation", ActivityId = key, ProcessedAt = DateTime.UtcNow,
    };

    private static ConversationStateEntry State(string conversationId, string json) => new()
    {
        ConversationId = conversationId, UserId = "U-1", Json = json, UpdatedAt = DateTime.UtcNow,
    };

    /// <summary>Counts the times a save outside a transaction held the write lock.</summary>
    private sealed class SaveCounter : IDisposable
    {
        private readonly MeterListener listener = new();
        private int count;

        public SaveCounter()
        {
            listener.InstrumentPublished = (instrument, l) =>
            {
                if (instrument is { Meter.Name: WriteLockMetrics.MeterName, Name: WriteLockMetrics.HoldName })
                    l.EnableMeasurementEvents(instrument);
            };
            listener.SetMeasurementEventCallback<double>((_, _, tags, _) =>
            {
                foreach (var tag in tags)
                {
                    if (tag is { Key: WriteLockMetrics.KindTag, Value: WriteLockMetrics.Save })
                        Interlocked.Increment(ref count);
                }
            });
            listener.Start();
        }

        public int Count => Volatile.Read(ref count);

        public void Dispose() => listener.Dispose();
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WriteLockCountingCollection
{
    public const string Name = "Counts the SQLite write lock's uses";
}
