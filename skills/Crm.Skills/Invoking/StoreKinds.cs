using System.Collections.Concurrent;
using Crm.Data.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Invoking;

/// <summary>What kind of store a context talks to, where caches keyed by connection string must care.</summary>
internal static class StoreKinds
{
    /// <summary>Connection strings read once each (a process talks to one store, or a few): a busy store asks on most messages.</summary>
    private static readonly ConcurrentDictionary<string, bool> InMemory = new(StringComparer.Ordinal);

    /// <summary>
    /// An in-memory SQLite copy (replay gives one to every case): all copies share one connection string,
    /// so it does not identify the store, and each copy is written by one message at a time.
    /// </summary>
    public static bool IsInMemory(CrmDbContext db) =>
        StoreProviders.IsSqlite(db) && InMemory.GetOrAdd(db.Database.GetConnectionString() ?? "", static connectionString =>
            new SqliteConnectionStringBuilder(connectionString) is { DataSource: ":memory:" } or { Mode: SqliteOpenMode.Memory });
}
