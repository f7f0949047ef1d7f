namespace Crm.Skills.Understanding.Index;

/// <summary>
/// The fuzzy side of the store's name index, for the Find skill: every named record (accounts with
/// their aliases, contacts, deals, tickets) posted under the grams of its names, so a lookup scores a
/// few hundred candidates instead of every name, and tolerates partial names and typos. Built with the
/// rest of the <see cref="StoreIndex"/> and read-only afterwards, so lookups need no lock.
/// </summary>
public sealed class NameSearch
{
    private readonly List<NameEntry> _entries = [];
    private readonly List<string[]> _folded = [];
    private readonly Dictionary<string, List<int>> _grams = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _ids = new(StringComparer.OrdinalIgnoreCase);

    public NameSearch(IEnumerable<NameEntry> entries)
    {
        foreach (var entry in entries)
            Add(entry);
    }

    public int Count => _entries.Count;

    /// <param name="folded">The query, folded by <see cref="NameText.Normalize"/>.</param>
    /// <param name="candidates">How many gram-matched candidates are scored.</param>
    /// <param name="filter">Applied before the candidate pool is cut, so a narrow lookup (contacts of one
    /// account named 王) is never crowded out by the many matches elsewhere.</param>
    public List<NameSearchHit> Search(string folded, int candidates, Func<NameEntry, bool>? filter = null)
    {
        if (folded.Length == 0)
            return [];
        var hits = new Dictionary<int, int>();
        foreach (var gram in NameText.Grams(folded))
        {
            if (!_grams.TryGetValue(gram, out var postings))
                continue;
            foreach (var index in postings)
                if (filter is null || filter(_entries[index]))
                    hits[index] = hits.GetValueOrDefault(index) + 1;
        }
        var pool = hits.OrderByDescending(h => h.Value).Take(candidates).Select(h => h.Key);
        // Ids fold like names ("T-501" → "t 501"), so joining the words with '-' gives the id back.
        var byId = _ids.GetValueOrDefault(folded.Replace(' ', '-')) ?? [];
        var results = new List<NameSearchHit>();
        foreach (var index in pool.Concat(byId).Distinct())
        {
            var entry = _entries[index];
            if (filter is not null && !filter(entry))
                continue;
            if (byId.Contains(index))
            {
                results.Add(new NameSearchHit(entry, entry.Id, 1));
                continue;
            }
            var (best, score) = _folded[index].Select((name, i) => (i, NameScore.Score(folded, name))).MaxBy(p => p.Item2);
            if (score > 0)
                results.Add(new NameSearchHit(entry, entry.Names[best], score));
        }
        return results;
    }

    private void Add(NameEntry entry)
    {
        var index = _entries.Count;
        _entries.Add(entry);
        var folded = entry.Names.Select(NameText.Normalize).ToArray();
        _folded.Add(folded);
        (_ids.TryGetValue(entry.Id, out var sameId) ? sameId : _ids[entry.Id] = []).Add(index);
        foreach (var gram in folded.SelectMany(NameText.Grams).Distinct())
            (_grams.TryGetValue(gram, out var postings) ? postings : _grams[gram] = []).Add(index);
    }
}

/// <summary>One named record: what it is, its names (name and aliases) and the account it belongs to.</summary>
public sealed record NameEntry(string Entity, string Id, string Name, string AccountId, string? Detail, IReadOnlyList<string> Names);

/// <summary>A candidate and how well it fits; <see cref="MatchedName"/> is the name or alias that fit best.</summary>
public sealed record NameSearchHit(NameEntry Entry, string MatchedName, double Score);
