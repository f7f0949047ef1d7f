using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Crm.Data.Store;

/// <summary>
/// Per-connection SQLite settings, applied each time EF opens a connection. <c>synchronous=NORMAL</c>
/// is SQLite's recommendation for WAL databases (the store is switched to WAL when migrated): a commit
/// no longer waits for fsync, which on an ordinary disk costs milliseconds and serialises every
/// writer behind it; the database stays consistent after a crash, and only a power loss can lose the
/// last moments' commits. It is a no-op on a database that is not in WAL mode. <c>temp_store=MEMORY</c> keeps
/// SQLite's scratch tables (for example the rows of an <c>INSERT … RETURNING</c>) in memory: in a file, each
/// cost an open, a stat and a delete of a file in /var/tmp, several times a second per writer.
/// EF opens a connection for every query outside a transaction, but Microsoft.Data.Sqlite hands back the
/// same pooled native connection, whose settings persist: each one is set up once, not once per query.
/// </summary>
internal sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    public static SqliteConnectionSetup Instance { get; } = new();

    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY;";
    private readonly ConditionalWeakTable<object, object> _configured = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsNew(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsNew(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>True the first time this native connection is seen; a connection without a handle is always set up.</summary>
    private bool IsNew(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || _configured.TryAdd(handle, handle);
}
