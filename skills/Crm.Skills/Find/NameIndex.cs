using Crm.Data.Store;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Find;

/// <summary>
/// An in-memory index of the names of accounts (with aliases), contacts, deals and tickets, so a
/// lookup scores a few hundred candidates instead of reading every name (fast on 10,000 accounts).
/// Singleton and cached: built on first use, kept current incrementally by <see cref="Touch"/> (the
/// message scope calls it after each commit), and rebuilt after <see cref="MaxAge"/> or
/// <see cref="Invalidate"/> (call that after a bulk import, which bypasses the skills).
/// </summary>
public sealed class NameIndex(TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(10);

    private readonly Lock _gate = new();
    private readonly HashSet<(string Entity, string Id)> _dirty = [];
    private NameTable? _table;
    private DateTimeOffset _builtAt;

    public void Invalidate()
    {
        lock (_gate)
            _table = null;
    }

    /// <summary>Marks records written by a committed message; they are re-read on the next lookup.</summary>
    public void Touch(IEnumerable<(string Entity, string RecordId)> records)
    {
        lock (_gate)
        {
            foreach (var (entity, id) in records)
            {
                if (entity == "account_aliases")
                    _table = null; // Alias rows are numbered, not named by account: simplest to rebuild.
                else if (NameSources.Entities.Contains(entity))
                    _dirty.Add((entity, id));
            }
        }
    }

    public async Task<IReadOnlyList<NameHit>> SearchAsync(CrmDbContext db, string query, int candidates, CancellationToken ct,
        Func<NameEntry, bool>? filter = null)
    {
        var table = await CurrentAsync(db, ct);
        lock (_gate)
            return table.Search(NameText.Normalize(query), candidates, filter);
    }

    private async Task<NameTable> CurrentAsync(CrmDbContext db, CancellationToken ct)
    {
        NameTable? table;
        (string, string)[] dirty;
        lock (_gate)
        {
            if (_table is not null && time.GetUtcNow() - _builtAt > MaxAge)
                _table = null;
            table = _table;
            dirty = [.. _dirty];
            _dirty.Clear();
        }
        if (table is null)
        {
            var built = new NameTable(await NameSources.AllAsync(db, ct));
            lock (_gate)
            {
                _table = built;
                _builtAt = time.GetUtcNow();
            }
            return built;
        }
        if (dirty.Length > 0)
        {
            var fresh = await NameSources.SomeAsync(db, dirty, ct);
            lock (_gate)
                table.Replace(dirty, fresh);
        }
        return table;
    }
}
