using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Crm.Data.Store;

/// <summary>Opens the store outside dependency injection (command line, tests, replay copies).</summary>
public static class CrmStore
{
    /// <summary>A new context of the provider's own subclass; the caller disposes it.</summary>
    public static CrmDbContext Open(CrmStoreOptions options) => options.Provider switch
    {
        StoreProvider.Sqlite => new SqliteCrmDbContext(SqliteOptions(options.ConnectionString)),
        StoreProvider.Postgres => new PostgresCrmDbContext(PostgresOptions(options.ConnectionString)),
        _ => throw new ArgumentOutOfRangeException(nameof(options)),
    };

    /// <summary>A context over an already open SQLite connection (in-memory copies); the caller owns the connection.</summary>
    public static SqliteCrmDbContext Open(SqliteConnection connection) =>
        new(new DbContextOptionsBuilder<SqliteCrmDbContext>().UseSqlite(connection).Options);

    internal static DbContextOptions<SqliteCrmDbContext> SqliteOptions(string connectionString) =>
        new DbContextOptionsBuilder<SqliteCrmDbContext>().UseSqlite(connectionString).AddInterceptors(SqliteConnectionSetup.Instance, SqliteWriteGate.Instance).Options;

    internal static DbContextOptions<PostgresCrmDbContext> PostgresOptions(string connectionString) =>
        new DbContextOptionsBuilder<PostgresCrmDbContext>().UseNpgsql(connectionString).Options;
}
