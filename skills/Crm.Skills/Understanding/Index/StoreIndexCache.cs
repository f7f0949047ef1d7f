using System.Data;
using Crm.Data.Store;
using Crm.Skills.Invoking;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Crm.Skills.Understanding.Index;

/// <summary>
/// One <see cref="StoreIndex"/> per store. Record counts and the last change set make a cheap
/// fingerprint; when only change sets moved on, <see cref="StoreIndexUpdates"/> brings the index up to
/// date from the audit trail (most writes, such as calls, tasks and tickets, leave it as it is), and
/// only what it cannot patch costs a rebuild. One turn at a time refreshes it, so a burst of writes
/// does not start a rebuild per turn. Because every write through the skills records a change set and an
/// import adds rows, a bulk import, an undo or a write by another bot instance on a shared PostgreSQL
/// store is seen by the next message of every instance, without a timer.
/// </summary>
public sealed class StoreIndexCache
{
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private readonly Dictionary<string, Cached> _byStore = new(StringComparer.Ordinal);

    public async Task<StoreIndex> GetAsync(CrmDbContext db, CancellationToken ct)
    {
        var store = db.Database.GetConnectionString() ?? "";
        var print = await ReadFingerprintAsync(db, ct);
        // Tickets are counted apart: new tickets are patched in, every other count change rebuilds.
        var counts = $"{print.Accounts}/{print.Aliases}/{print.Contacts}/{print.Deals}/{print.Users}";
        var lastChangeSet = print.LastChangeSet ?? 0;
        if (Find(store) is { } hit && hit.Counts == counts && hit.Tickets == print.Tickets && hit.LastChangeSet == lastChangeSet)
            return hit.Index;
        await _refresh.WaitAsync(ct);
        try
        {
            var cached = Find(store);
            if (cached is not null && cached.Counts == counts && cached.Tickets == print.Tickets && cached.LastChangeSet == lastChangeSet)
                return cached.Index;
            // This turn read the fingerprint just before another turn's write, and that turn has brought the
            // index past it already: the newer index is the right one (rebuilding would go back in time).
            if (cached is not null && cached.LastChangeSet > lastChangeSet && !StoreKinds.IsInMemory(db))
                return cached.Index;
            // In-memory copies share one connection string, so a cached index may be another copy's: rebuild.
            var updated = cached is not null && cached.Counts == counts && cached.Tickets <= print.Tickets && cached.LastChangeSet < lastChangeSet && !StoreKinds.IsInMemory(db)
                ? await StoreIndexUpdates.TryApplyAsync(db, cached.Index, cached.LastChangeSet, lastChangeSet, print.Tickets - cached.Tickets, ct)
                : null;
            var index = updated ?? await StoreIndexBuilder.BuildAsync(db, ct);
            lock (_gate)
                _byStore[store] = new Cached(counts, print.Tickets, lastChangeSet, index);
            return index;
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <summary>
    /// The index last built or checked for this store, without asking the store whether it is still current:
    /// for labels (names on a change card), never for deciding what a message means.
    /// </summary>
    public StoreIndex? Latest(CrmDbContext db) => Find(db.Database.GetConnectionString() ?? "")?.Index;

    /// <summary>Forgets every built index (for example after restoring a store from a backup).</summary>
    public void Clear()
    {
        lock (_gate)
            _byStore.Clear();
    }

    private Cached? Find(string store)
    {
        lock (_gate)
            return _byStore.GetValueOrDefault(store);
    }

    /// <summary>
    /// One round trip for the whole fingerprint, straight through ADO.NET: it runs on every message, and EF's raw
    /// query pipeline (checking its query cache, building readers, materialising a record) cost more than reading seven
    /// numbers. It joins the context's transaction, if one is open, as SQLite requires.
    /// </summary>
    private static async Task<Fingerprint> ReadFingerprintAsync(CrmDbContext db, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened)
            await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = StoreProviders.IsSqlite(db) ? SqliteFingerprintSql : FingerprintSql;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            await using var reader = await command.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            return new Fingerprint(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4),
                reader.GetInt64(5), reader.IsDBNull(6) ? null : reader.GetInt64(6));
        }
        finally
        {
            if (opened)
                await db.Database.CloseConnectionAsync();
        }
    }

    private const string FingerprintSql = """
        SELECT (SELECT COUNT(*) FROM accounts) AS "Accounts", (SELECT COUNT(*) FROM account_aliases) AS "Aliases",
               (SELECT COUNT(*) FROM contacts) AS "Contacts", (SELECT COUNT(*) FROM deals) AS "Deals",
               (SELECT COUNT(*) FROM users) AS "Users", (SELECT COUNT(*) FROM tickets) AS "Tickets",
               (SELECT MAX("Id") FROM change_sets) AS "LastChangeSet"
        """;

    // On SQLite each table's highest rowid stands in for its count: one b-tree descent instead of reading every
    // page (a commit elsewhere empties each connection's page cache, so counts read whole tables from the file
    // again: measured, about a tenth more messages per second without them). Rows get the next rowid and
    // deletions go through the audit trail, so the difference between two readings is the number of rows added.
    private const string SqliteFingerprintSql = """
        SELECT (SELECT IFNULL(MAX(rowid), 0) FROM accounts) AS "Accounts", (SELECT IFNULL(MAX(rowid), 0) FROM account_aliases) AS "Aliases",
               (SELECT IFNULL(MAX(rowid), 0) FROM contacts) AS "Contacts", (SELECT IFNULL(MAX(rowid), 0) FROM deals) AS "Deals",
               (SELECT IFNULL(MAX(rowid), 0) FROM users) AS "Users", (SELECT IFNULL(MAX(rowid), 0) FROM tickets) AS "Tickets",
               (SELECT MAX("Id") FROM change_sets) AS "LastChangeSet"
        """;

    private sealed record Fingerprint(long Accounts, long Aliases, long Contacts, long Deals, long Users, long Tickets, long? LastChangeSet);

    private sealed record Cached(string Counts, long Tickets, long LastChangeSet, StoreIndex Index);
}
