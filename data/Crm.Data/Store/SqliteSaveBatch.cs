using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Data.Store;

/// <summary>
/// Group commit for one SQLite file's bookkeeping saves (<see cref="BookkeepingSaves"/>). Every save on SQLite waits
/// for the file's one write lock (<see cref="SqliteWriteGate"/>), and a message that writes no CRM data (a read, a
/// question back) still saves its activity's record and often its conversation state, each such save with its own lock
/// hand-over, BEGIN and commit. Here a save joins the batch that is waiting for the lock, or opens one; when the batch
/// gets the lock it closes, copies every turn's rows into one context and commits them at once, then tells each turn.
/// Each turn still returns only once its rows are committed. A batch that fails (a row another process wrote meanwhile,
/// say) is rolled back whole, and each of its turns saves on its own, as it did before batching, and handles the
/// failure as before. Measured with <c>compare-builds.sh</c> (DEVELOPERS.md): 8–10% less CPU per message.
/// </summary>
internal sealed class SqliteSaveBatch
{
    private static readonly ConcurrentDictionary<string, SqliteSaveBatch> ByFile = new(StringComparer.Ordinal);
    private readonly Lock _sync = new();
    /// <summary>The batch waiting for the write lock, which a save joins; null when none waits.</summary>
    private List<Waiting>? _open;

    /// <summary>The batch of the context's SQLite file; null for another provider or an in-memory store, where a second context is not the same store.</summary>
    public static SqliteSaveBatch? For(DbContext db)
    {
        if (db.Database.GetDbConnection() is not SqliteConnection connection || SqliteWriteGate.Instance.FileOf(connection) is not { } file
            || !Path.IsPathRooted(file))
            return null;
        return ByFile.GetOrAdd(file, static _ => new SqliteSaveBatch());
    }

    public async Task SaveAsync(DbContext db, List<PendingRow> rows, CancellationToken cancellationToken)
    {
        var waiting = new Waiting(rows);
        List<Waiting>? opened = null;
        lock (_sync)
        {
            _open ??= opened = [];
            _open.Add(waiting);
        }
        // The batch's context comes from the options of the turn that opened it (BatchContext). Only the batch holds those
        // options (which hold the host's services), not this process-wide object, so a host that ends is not kept alive by it.
        if (opened is not null)
        {
            var options = (DbContextOptions)db.GetService<IDbContextOptions>();
            _ = Task.Run(() => CommitAsync(opened, options), CancellationToken.None);
        }
        if (await waiting.Committed.Task.WaitAsync(cancellationToken))
            db.ChangeTracker.AcceptAllChanges();
        else
            await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Waits for the write lock, closes the batch (saves that come later open the next one, which queues for the lock at
    /// once), saves it in one transaction and tells each of its turns whether it must save on its own.
    /// </summary>
    private async Task CommitAsync(List<Waiting> batch, DbContextOptions options)
    {
        var committed = false;
        BatchContext? context = null;
        try
        {
            context = BatchContext.Rent(options);
            var db = context.Db;
            await SqliteWriteGate.Instance.TakeForSaveAsync(db, CancellationToken.None);
            lock (_sync)
            {
                if (ReferenceEquals(_open, batch))
                    _open = null;
            }
            foreach (var waiting in batch)
            {
                if (!TryTrack(db, waiting.Rows))
                    waiting.Committed.TrySetResult(false);
            }
            await db.SaveChangesAsync(CancellationToken.None);
            committed = true;
        }
        catch (Exception)
        {
            // Rolled back whole (or never begun): each turn saves on its own and there meets the failure, if it is its own.
        }
        finally
        {
            lock (_sync)
            {
                if (ReferenceEquals(_open, batch))
                    _open = null;
            }
            if (context is not null)
            {
                SqliteWriteGate.Instance.EndSave(context.Db);
                await context.DisposeAsync();
            }
        }
        foreach (var waiting in batch)
            waiting.Committed.TrySetResult(committed);
    }

    /// <summary>
    /// The context a batch saves through: one of the host's pooled contexts when the turn's options come from a host (their
    /// application services make a scope, whose context of that type is lent from the pool), else a context of its own.
    /// Building a new context for every batch, with its EF services, cost 5% of the CPU per message (compare-builds.sh).
    /// </summary>
    private sealed class BatchContext(DbContext db, IAsyncDisposable owner) : IAsyncDisposable
    {
        public DbContext Db { get; } = db;

        public static BatchContext Rent(DbContextOptions options)
        {
            if (options.FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<IServiceScopeFactory>() is { } scopes)
            {
                var scope = scopes.CreateAsyncScope();
                if (scope.ServiceProvider.GetService(options.ContextType) is DbContext lent)
                    return new BatchContext(lent, scope);
                scope.Dispose();
            }
            var own = (DbContext)Activator.CreateInstance(options.ContextType, options)!;
            return new BatchContext(own, own);
        }

        public ValueTask DisposeAsync() => owner.DisposeAsync();
    }

    /// <summary>Tracks one turn's rows in the batch's context; false (and nothing tracked) if they clash with another turn's in it.</summary>
    private static bool TryTrack(DbContext db, List<PendingRow> rows)
    {
        var tracked = new List<EntityEntry>(rows.Count);
        try
        {
            foreach (var row in rows)
            {
                var entry = db.Entry(row.Entity);
                if (row.State == EntityState.Added)
                {
                    entry.State = EntityState.Added;
                }
                else
                {
                    entry.State = EntityState.Unchanged;
                    entry.OriginalValues.SetValues(row.Original!);
                    if (row.State == EntityState.Deleted)
                        entry.State = EntityState.Deleted;
                    foreach (var name in row.Modified)
                        entry.Property(name).IsModified = true;
                }
                tracked.Add(entry);
            }
            return true;
        }
        catch (InvalidOperationException)
        {
            // The same row twice (two turns of one conversation at once): this turn waits for no one and saves on its own.
            foreach (var entry in tracked)
                entry.State = EntityState.Detached;
            return false;
        }
    }

    private sealed class Waiting(List<PendingRow> rows)
    {
        public List<PendingRow> Rows { get; } = rows;
        /// <summary>True once committed; false when the turn must save on its own. Completed off the batch's thread.</summary>
        public TaskCompletionSource<bool> Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
