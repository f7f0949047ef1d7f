using System.Data;
using Crm.Data.Audit;
using Crm.Data.Migrations;
using Crm.Data.Store;
using Crm.Skills.Invoking;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Crm.Skills.Understanding.Index;

/// <summary>
/// One <see cref="StoreIndex"/> per store. The rows ever inserted into and deleted from the indexed tables (kept
/// by triggers, see <see cref="TableRowCount"/>) and the last change set make a cheap fingerprint; when only
/// change sets moved on, <see cref="StoreIndexUpdates"/> brings the index up to date from the audit trail (most
/// writes, such as calls, tasks and tickets, leave it as it is), and only what it cannot patch costs a rebuild.
/// One turn at a time refreshes it, so a burst of writes does not start a rebuild per turn. Because every write
/// through the skills records a change set and every row added or removed is counted, a bulk import, an undo, SQL
/// by hand or a write by another bot instance on a shared PostgreSQL store is seen by the next message of every
/// instance, without a timer.
/// </summary>
public sealed class StoreIndexCache
{
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private readonly Dictionary<string, Cached> _byStore = new(StringComparer.Ordinal);

    public async Task<StoreIndex> GetAsync(CrmDbContext db, CancellationToken ct)
    {
        var store = db.Database.GetConnectionString() ?? "";
        // Inside a message's transaction the store shows that message's own uncommitted writes: an index of them must
        // not become every message's, since the transaction may yet roll back (and its change set id be used again).
        var shared = db.Database.CurrentTransaction is null;
        var print = await ReadFingerprintAsync(db, ct);
        if (Find(store) is { } hit && hit.Print == print)
            return hit.Index;
        await _refresh.WaitAsync(ct);
        try
        {
            var cached = Find(store);
            if (cached is not null && cached.Print == print)
                return cached.Index;
            // This turn read the fingerprint just before another turn's write, and that turn has brought the
            // index past it already: the newer index is the right one (rebuilding would go back in time).
            if (cached is not null && cached.Print.LastChangeSet > print.LastChangeSet && !StoreKinds.IsInMemory(db))
                return cached.Index;
            // In-memory copies share one connection string, so a cached index may be another copy's: rebuild.
            var updated = cached is not null && print.OnlyAddsTicketsTo(cached.Print) && !StoreKinds.IsInMemory(db)
                ? await StoreIndexUpdates.TryApplyAsync(db, cached.Index, cached.Print.LastChangeSet, print.LastChangeSet,
                    print.TicketsInserted - cached.Print.TicketsInserted, ct)
                : null;
            var index = updated ?? await StoreIndexBuilder.BuildAsync(db, ct);
            if (shared)
            {
                lock (_gate)
                    _byStore[store] = new Cached(print, index);
            }
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

    /// <summary>
    /// Tells the cache that this process committed change set <paramref name="changeSet"/> with <paramref name="changes"/>.
    /// When none of them changes what the index holds (a call, a task, a close date) and the cached index was current as of
    /// the change set before, the cached index is current as of this one too, and the next message finds it so without
    /// reading the audit trail. Only on SQLite, where one writer at a time numbers change sets in the order they commit;
    /// whatever else happened meanwhile (another change set first, rows counted differently) still shows in the next
    /// fingerprint, which then no longer matches.
    /// </summary>
    internal void Committed(CrmDbContext db, long changeSet, IReadOnlyList<FieldChange> changes)
    {
        if (!StoreProviders.IsSqlite(db) || StoreKinds.IsInMemory(db) || changes.Any(c => StoreIndexUpdates.Touches(c.Entity, c.Kind, c.Field)))
            return;
        var store = db.Database.GetConnectionString() ?? "";
        lock (_gate)
        {
            if (_byStore.GetValueOrDefault(store) is { } cached && cached.Print.LastChangeSet == changeSet - 1)
                _byStore[store] = cached with { Print = cached.Print with { LastChangeSet = changeSet } };
        }
    }

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
    /// query pipeline (checking its query cache, building readers, materialising records) cost more than the read.
    /// It joins the context's transaction, if one is open, as SQLite requires.
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
            command.CommandText = FingerprintSql;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            await using var reader = await command.ExecuteReaderAsync(ct);
            // Rows come in no fixed order (PostgreSQL moves a row it updates), so each goes to its table's place.
            var rows = new (long Inserted, long Deleted)[TableRowCounts.Tables.Count];
            long lastChangeSet = 0;
            while (await reader.ReadAsync(ct))
            {
                var table = TableRowCounts.IndexOf(reader.GetString(0));
                if (table >= 0)
                    rows[table] = (reader.GetInt64(1), reader.GetInt64(2));
                lastChangeSet = reader.IsDBNull(3) ? 0 : reader.GetInt64(3);
            }
            return Fingerprint.Of(rows, lastChangeSet);
        }
        finally
        {
            if (opened)
                await db.Database.CloseConnectionAsync();
        }
    }

    // The few rows of the counts (one page), each with the last change set.
    private const string FingerprintSql = $"""
        SELECT "Table", "Inserted", "Deleted", (SELECT MAX("Id") FROM change_sets) FROM {TableRowCounts.Name}
        """;

    /// <param name="Others">Rows inserted and deleted in each indexed table but tickets: any change asks for a rebuild.</param>
    /// <param name="TicketsInserted">Tickets ever inserted: new ones are patched in (<see cref="StoreIndexUpdates"/>).</param>
    /// <param name="LastChangeSet">The highest change set id, 0 for none.</param>
    private sealed record Fingerprint(string Others, long TicketsInserted, long TicketsDeleted, long LastChangeSet)
    {
        private static readonly int Tickets = TableRowCounts.IndexOf("tickets");

        public static Fingerprint Of((long Inserted, long Deleted)[] rows, long lastChangeSet) =>
            new(string.Join(' ', rows.Where((_, i) => i != Tickets).Select(r => $"{r.Inserted}-{r.Deleted}")),
                rows[Tickets].Inserted, rows[Tickets].Deleted, lastChangeSet);

        /// <summary>True when, since <paramref name="older"/>, change sets came and tickets were added, and nothing else.</summary>
        public bool OnlyAddsTicketsTo(Fingerprint older) => Others == older.Others && TicketsDeleted == older.TicketsDeleted
            && TicketsInserted >= older.TicketsInserted && LastChangeSet > older.LastChangeSet;
    }

    private sealed record Cached(Fingerprint Print, StoreIndex Index);
}
