using Crm.Data.Store;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Understanding.Index;

/// <summary>
/// Keeps one <see cref="StoreIndex"/> per store and rebuilds it when the store changed since it was
/// built: record counts and the last change set make a cheap fingerprint, so a message costs four
/// indexed scalar queries instead of a scan of every name.
/// </summary>
public sealed class StoreIndexCache
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (string Fingerprint, StoreIndex Index)> _byStore = new(StringComparer.Ordinal);

    public async Task<StoreIndex> GetAsync(CrmDbContext db, CancellationToken ct)
    {
        var store = db.Database.GetConnectionString() ?? "";
        var fingerprint = string.Join('/',
            await db.Accounts.CountAsync(ct),
            await db.Contacts.CountAsync(ct),
            await db.Deals.CountAsync(ct),
            await db.Users.CountAsync(ct),
            await db.Tickets.CountAsync(ct),
            await db.ChangeSets.MaxAsync(c => (long?)c.Id, ct) ?? 0);
        lock (_gate)
        {
            if (_byStore.TryGetValue(store, out var cached) && cached.Fingerprint == fingerprint)
                return cached.Index;
        }
        var index = await StoreIndexBuilder.BuildAsync(db, ct);
        lock (_gate)
            _byStore[store] = (fingerprint, index);
        return index;
    }
}
