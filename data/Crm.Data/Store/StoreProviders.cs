using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Crm.Data.Store;

/// <summary>
/// Which of the <see cref="StoreProvider"/>s a context talks to, for code that runs on every message. EF's
/// <c>IsSqlite()</c> and <c>IsNpgsql()</c> compare provider names, and the provider works its name out from its
/// assembly on each call (a few tenths of a percent of the bot's CPU under load, measured with <c>perf</c>); the
/// connection's type says the same for the cost of a type check.
/// </summary>
public static class StoreProviders
{
    public static bool IsSqlite(DbContext db) => db.Database.GetDbConnection() is SqliteConnection;

    public static bool IsNpgsql(DbContext db) => db.Database.GetDbConnection() is NpgsqlConnection;
}
