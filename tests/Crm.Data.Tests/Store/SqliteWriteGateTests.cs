using System.Diagnostics;
using Crm.Data.Store;
using Crm.Data.Tests.Support;
using Crm.Data.Users;
using Microsoft.EntityFrameworkCore;

namespace Crm.Data.Tests.Store;

/// <summary>SQLite writers of one process queue for the file's write lock in memory, and always get their turn.</summary>
public sealed class SqliteWriteGateTests
{
    [Fact]
    public async Task Writes_FromManyContextsAtOnce_AllCommit()
    {
        await using var store = await TestStore.SqliteFileAsync();

        await Task.WhenAll(Enumerable.Range(1, 24).Select(async i =>
        {
            await using var db = store.Open();
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Users.Add(new User { Id = $"U-GATE-{i}", Name = $"Gate tester {i}" });
            await db.SaveChangesAsync();
            await Task.Delay(5);
            await transaction.CommitAsync();
        }));

        await using var check = store.Open();
        Assert.Equal(24, await check.Users.CountAsync(u => u.Id.StartsWith("U-GATE-")));
    }

    [Fact]
    public async Task Write_AfterATransactionDisposedWithoutCommit_IsNotHeldUp()
    {
        await using var store = await TestStore.SqliteFileAsync();
        await using (var abandoned = store.Open())
        {
            await using var transaction = await abandoned.Database.BeginTransactionAsync();
            abandoned.Users.Add(new User { Id = "U-LOST", Name = "Never saved" });
            await abandoned.SaveChangesAsync();
        }
        var clock = Stopwatch.StartNew();

        await using var db = store.Open();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.Users.Add(new User { Id = "U-NEXT", Name = "Saved at once" });
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"the next write waited {clock.Elapsed}");
        Assert.False(await db.Users.AnyAsync(u => u.Id == "U-LOST"));
    }

    [Fact]
    public async Task SaveOutsideATransaction_WhileAnotherWriterHoldsTheLock_WaitsWithoutBlockingItsThread()
    {
        await using var store = await TestStore.SqliteFileAsync();
        await using var holder = store.Open();
        var transaction = await holder.Database.BeginTransactionAsync();
        holder.Users.Add(new User { Id = "U-HOLDER", Name = "Holds the write lock" });
        await holder.SaveChangesAsync();
        await using var second = store.Open();
        second.Users.Add(new User { Id = "U-SECOND", Name = "Saved on its own" });

        // Without the gate this call would block right here in SQLite's busy-retry until the holder
        // commits, which this very thread is about to do: it would time out instead.
        var saving = second.SaveChangesAsync();
        var waitedAsynchronously = !saving.IsCompleted;
        await transaction.CommitAsync();
        await saving;

        Assert.True(waitedAsynchronously);
        await using var check = store.Open();
        Assert.Equal(2, await check.Users.CountAsync(u => u.Id == "U-HOLDER" || u.Id == "U-SECOND"));
    }

    [Fact]
    public async Task WriteLock_HeldByATransactionWhileASaveWaits_ReportsBothTimes()
    {
        await using var store = await TestStore.SqliteFileAsync();
        var measured = new System.Collections.Concurrent.ConcurrentBag<(string Instrument, string? Kind, double Ms)>();
        using var listener = new System.Diagnostics.Metrics.MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == WriteLockMetrics.MeterName)
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
            measured.Add((instrument.Name, tags.ToArray().Single(t => t.Key == WriteLockMetrics.KindTag).Value as string, value)));
        listener.Start();
        await using var holder = store.Open();
        await using var saver = store.Open();

        await using (var transaction = await holder.Database.BeginTransactionAsync())
        {
            holder.Users.Add(new User { Id = "U-HOLDS", Name = "Holds the lock" });
            await holder.SaveChangesAsync();
            saver.Users.Add(new User { Id = "U-WAITS", Name = "Waits for it" });
            var waiting = saver.SaveChangesAsync();
            await Task.Delay(300);
            await transaction.CommitAsync();
            await waiting;
        }

        Assert.Contains(measured, m => m is { Instrument: WriteLockMetrics.HoldName, Kind: WriteLockMetrics.Transaction, Ms: >= 250 });
        Assert.Contains(measured, m => m is { Instrument: WriteLockMetrics.WaitName, Kind: WriteLockMetrics.Save, Ms: >= 250 });
        Assert.Contains(measured, m => m is { Instrument: WriteLockMetrics.HoldName, Kind: WriteLockMetrics.Save });
    }
}
