using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Crm.Data.Store;

/// <summary>
/// Queues this process's SQLite writers in memory. Every EF transaction on SQLite is BEGIN IMMEDIATE,
/// the file's one write lock; when it is taken, Microsoft.Data.Sqlite retries BEGIN after a blocking
/// <c>Thread.Sleep(150)</c>, so under load a writer waited up to 150 ms after the lock was free and held a
/// thread-pool thread meanwhile. Here a writer waits asynchronously for the one before it and starts the
/// moment it commits. The gate is released on commit, rollback, failure, or at the latest when the
/// connection closes; a writer that cannot get it within <see cref="Patience"/> goes on to SQLite's own
/// locking, so a gate held by mistake slows writes down but never stops them. Other processes (an
/// import from the command line) still meet SQLite's lock as before. A SaveChanges outside any
/// transaction (bookkeeping rows: processed activities, conversation state and references) is a write
/// too and queues the same way, from saving until saved; a transaction EF starts inside it is already covered.
/// </summary>
internal sealed class SqliteWriteGate : DbTransactionInterceptor, IDbConnectionInterceptor, ISaveChangesInterceptor
{
    public static SqliteWriteGate Instance { get; } = new();

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _byFile = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _files = new(StringComparer.Ordinal);
    /// <summary>Gates held, by EF's id of the connection that holds them.</summary>
    private readonly ConcurrentDictionary<Guid, Holding> _held = new();
    /// <summary>Gates held for a SaveChanges outside a transaction, by the saving context.</summary>
    private readonly ConcurrentDictionary<DbContext, Holding> _saving = new(ReferenceEqualityComparer.Instance);

    public override InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result)
    {
        if (eventData.Context is { } context && _saving.ContainsKey(context))
            return result;
        var gate = Reset(connection, eventData.ConnectionId);
        var waiting = Stopwatch.GetTimestamp();
        if (gate.Wait(Patience))
            _held[eventData.ConnectionId] = Holding.Taken(gate, waiting, WriteLockMetrics.Transaction);
        return result;
    }

    public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection,
        TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && _saving.ContainsKey(context))
            return result;
        var gate = Reset(connection, eventData.ConnectionId);
        var waiting = Stopwatch.GetTimestamp();
        if (await gate.WaitAsync(Patience, cancellationToken))
            _held[eventData.ConnectionId] = Holding.Taken(gate, waiting, WriteLockMetrics.Transaction);
        return result;
    }

    InterceptionResult<int> ISaveChangesInterceptor.SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        var waiting = Stopwatch.GetTimestamp();
        if (OutsideTransaction(eventData.Context) is { } context && !_saving.ContainsKey(context) && GateOf(context) is var gate && gate.Wait(Patience))
            _saving[context] = Holding.Taken(gate, waiting, WriteLockMetrics.Save);
        return result;
    }

    async ValueTask<InterceptionResult<int>> ISaveChangesInterceptor.SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken)
    {
        var waiting = Stopwatch.GetTimestamp();
        if (OutsideTransaction(eventData.Context) is { } context && !_saving.ContainsKey(context) && GateOf(context) is var gate
            && await gate.WaitAsync(Patience, cancellationToken))
            _saving[context] = Holding.Taken(gate, waiting, WriteLockMetrics.Save);
        return result;
    }

    int ISaveChangesInterceptor.SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        EndSave(eventData.Context);
        return result;
    }

    ValueTask<int> ISaveChangesInterceptor.SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken)
    {
        EndSave(eventData.Context);
        return ValueTask.FromResult(result);
    }

    void ISaveChangesInterceptor.SaveChangesFailed(DbContextErrorEventData eventData) => EndSave(eventData.Context);

    Task ISaveChangesInterceptor.SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken)
    {
        EndSave(eventData.Context);
        return Task.CompletedTask;
    }

    void ISaveChangesInterceptor.SaveChangesCanceled(DbContextEventData eventData) => EndSave(eventData.Context);

    Task ISaveChangesInterceptor.SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken)
    {
        EndSave(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Takes the gate for the context's next SaveChanges outside a transaction, which then does not wait for it again and
    /// gives it back when done; <see cref="EndSave"/> gives it back if that save never comes. For a writer that must know
    /// it holds the lock before it decides what to save (<see cref="SqliteSaveBatch"/>).
    /// </summary>
    internal async Task TakeForSaveAsync(DbContext context, CancellationToken cancellationToken)
    {
        var waiting = Stopwatch.GetTimestamp();
        var gate = GateOf(context);
        if (await gate.WaitAsync(Patience, cancellationToken))
            _saving[context] = Holding.Taken(gate, waiting, WriteLockMetrics.Save);
    }

    private static DbContext? OutsideTransaction(DbContext? context) => context is { Database.CurrentTransaction: null } ? context : null;

    private SemaphoreSlim GateOf(DbContext context) => GateOf(context.Database.GetDbConnection());

    /// <summary>
    /// One gate per database file, named by the connection string's data source made absolute:
    /// <c>DataSource</c> itself is the absolute path once open but the configured one while closed, and a
    /// save may start closed.
    /// </summary>
    private SemaphoreSlim GateOf(DbConnection connection) => _byFile.GetOrAdd(FileOf(connection), _ => new SemaphoreSlim(1, 1));

    /// <summary>The connection's database file as the gate names it: an absolute path for a file, the data source as it is otherwise.</summary>
    internal string FileOf(DbConnection connection) => _files.GetOrAdd(connection.ConnectionString, FileOf);

    private static string FileOf(string connectionString) => new SqliteConnectionStringBuilder(connectionString).DataSource is var source
        && source.Length > 0 && source != ":memory:" && !source.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
            ? Path.GetFullPath(source)
            : source;

    internal void EndSave(DbContext? context)
    {
        if (context is not null && _saving.TryRemove(context, out var holding))
            holding.Release();
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Release(eventData.ConnectionId);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.ConnectionId);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Release(eventData.ConnectionId);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.ConnectionId);
        return Task.CompletedTask;
    }

    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Release(eventData.ConnectionId);

    public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.ConnectionId);
        return Task.CompletedTask;
    }

    // A transaction disposed without commit or rollback ends with its connection at the latest.
    void IDbConnectionInterceptor.ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => Release(eventData.ConnectionId);

    Task IDbConnectionInterceptor.ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        Release(eventData.ConnectionId);
        return Task.CompletedTask;
    }

    void IDbConnectionInterceptor.ConnectionDisposed(DbConnection connection, ConnectionEndEventData eventData) => Release(eventData.ConnectionId);

    Task IDbConnectionInterceptor.ConnectionDisposedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        Release(eventData.ConnectionId);
        return Task.CompletedTask;
    }

    /// <summary>The file's gate; a connection that still holds it (a transaction EF never ended) gives it back first.</summary>
    private SemaphoreSlim Reset(DbConnection connection, Guid connectionId)
    {
        Release(connectionId);
        return GateOf(connection);
    }

    private void Release(Guid connectionId)
    {
        if (_held.TryRemove(connectionId, out var holding))
            holding.Release();
    }

    /// <summary>A gate taken, with when and for what, so its release can report how long it was held.</summary>
    private sealed record Holding(SemaphoreSlim Gate, long TakenAt, string Kind)
    {
        public static Holding Taken(SemaphoreSlim gate, long waitingSince, string kind)
        {
            var now = Stopwatch.GetTimestamp();
            WriteLockMetrics.Waited(kind, Stopwatch.GetElapsedTime(waitingSince, now));
            return new Holding(gate, now, kind);
        }

        public void Release()
        {
            WriteLockMetrics.Held(Kind, Stopwatch.GetElapsedTime(TakenAt));
            Gate.Release();
        }
    }
}
