using System.Collections.Concurrent;
using Crm.Data.Store;
using Crm.Skills.Invoking;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Ids;

/// <summary>
/// The highest number handed out per store and prefix in this process. Two messages written at the
/// same moment both read the same highest id from the store before either commits; without this they
/// would pick the same next id and one would fail on the key. Numbers only move forward, so an id that
/// was handed out and then undone is not given to a different record later.
/// </summary>
public sealed class IdReservations
{
    private readonly ConcurrentDictionary<string, long> _highest = new(StringComparer.Ordinal);

    /// <summary>A number at least <paramref name="candidate"/> that no other message of this process holds.</summary>
    public long Reserve(CrmDbContext db, string prefix, long candidate)
    {
        if (StoreKinds.IsInMemory(db))
            return candidate;
        var key = db.Database.GetConnectionString() + "|" + prefix;
        return _highest.AddOrUpdate(key, candidate, (_, highest) => Math.Max(highest + 1, candidate));
    }
}
