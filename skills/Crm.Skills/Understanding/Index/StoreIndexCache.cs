using Crm.Data.Store;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Understanding.Index;

/// <summary>
/// Keeps one <see cref="StoreIndex"/> per store and checks, before each use, that the store has not
/// moved on since it was built: the record counts of everything indexed and the last change set id are
/// a cheap "data version" (a few indexed scalar queries). Every write through the skills records a
/// change set; an import adds rows (and a change set when attributed). So a bulk import, a write of
/// another bot instance on a shared PostgreSQL store, or an undo is seen by the next message or lookup
/// of every instance, without a timer. Change sets that touched nothing the index holds (activities,
/// tasks, comments, settings) keep the index as it is.
/// </summary>
public sealed class StoreIndexCache
{
    /// <summary>Change-set entities whose rows the index holds (names, stages, ticket words, users).</summary>
    private static readonly string[] IndexedEntities = ["accounts", "account_aliases", "contacts", "deals", "tickets", "users"];

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _byStore = new(StringComparer.Ordinal);

    private sealed record Entry(string Counts, long LastChangeSet, StoreIndex Index);

    public async Task<StoreIndex> GetAsync(CrmDbContext db, CancellationToken ct)
    {
        var store = db.Database.GetConnectionString() ?? "";
        var counts = await CountsAsync(db, ct);
        var lastChangeSet = await db.ChangeSets.MaxAsync(c => (long?)c.Id, ct) ?? 0;
        Entry? cached;
        lock (_gate)
            cached = _byStore.GetValueOrDefault(store);
        if (cached is not null && cached.Counts == counts)
        {
            if (cached.LastChangeSet == lastChangeSet)
                return cached.Index;
            if (!await TouchedIndexedAsync(db, cached.LastChangeSet, ct))
            {
                lock (_gate)
                    _byStore[store] = cached with { LastChangeSet = lastChangeSet };
                return cached.Index;
            }
        }
        var index = await StoreIndexBuilder.BuildAsync(db, ct);
        lock (_gate)
            _byStore[store] = new Entry(counts, lastChangeSet, index);
        return index;
    }

    /// <summary>Forgets every built index (for example after restoring a store from a backup).</summary>
    public void Clear()
    {
        lock (_gate)
            _byStore.Clear();
    }

    private static async Task<string> CountsAsync(CrmDbContext db, CancellationToken ct) => string.Join('/',
        await db.Accounts.CountAsync(ct),
        await db.AccountAliases.CountAsync(ct),
        await db.Contacts.CountAsync(ct),
        await db.Deals.CountAsync(ct),
        await db.Users.CountAsync(ct),
        await db.Tickets.CountAsync(ct));

    private static Task<bool> TouchedIndexedAsync(CrmDbContext db, long since, CancellationToken ct) =>
        db.FieldChanges.AnyAsync(c => c.ChangeSetId > since && IndexedEntities.Contains(c.Entity), ct);
}
