using System.Collections.Concurrent;
using System.Data.Common;
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
/// import from the command line) still meet SQLite's lock as before.
/// </summary>
internal sealed class SqliteWriteGate : DbTransactionInterceptor, IDbConnectionInterceptor
{
    public static SqliteWriteGate Instance { get; } = new();

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _byFile = new(StringComparer.Ordinal);
    /// <summary>Gates held, by EF's id of the connection that holds them.</summary>
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> _held = new();

    public override InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result)
    {
        var gate = Reset(connection, eventData.ConnectionId);
        if (gate.Wait(Patience))
            _held[eventData.ConnectionId] = gate;
        return result;
    }

    public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection,
        TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        var gate = Reset(connection, eventData.ConnectionId);
        if (await gate.WaitAsync(Patience, cancellationToken))
            _held[eventData.ConnectionId] = gate;
        return result;
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
        return _byFile.GetOrAdd(connection.DataSource, _ => new SemaphoreSlim(1, 1));
    }

    private void Release(Guid connectionId)
    {
        if (_held.TryRemove(connectionId, out var gate))
            gate.Release();
    }
}
