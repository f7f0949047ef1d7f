using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Crm.Data.Store;

/// <summary>
/// Per-connection SQLite settings, applied each time EF opens a connection. <c>synchronous=NORMAL</c>
/// is SQLite's recommendation for WAL databases (the store is switched to WAL when migrated): a commit
/// no longer waits for fsync, which on an ordinary disk costs milliseconds and serialises every
/// writer behind it; the database stays consistent after a crash, and only a power loss can lose the
/// last moments' commits. It is a no-op on a database that is not in WAL mode.
/// </summary>
internal sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    public static SqliteConnectionSetup Instance { get; } = new();

    private const string Pragmas = "PRAGMA synchronous=NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
