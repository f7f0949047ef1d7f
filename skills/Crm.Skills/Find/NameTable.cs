namespace Crm.Skills.Find;

/// <summary>
/// The index itself: entries, an inverted index from grams to entries, and ids. Not thread-safe;
/// <see cref="NameIndex"/> guards it. Replaced entries are tombstoned rather than compacted, since
/// the whole table is rebuilt every <see cref="NameIndex.MaxAge"/> anyway.
/// </summary>
internal sealed class NameTable
{
    private readonly List<NameEntry?> _entries = [];
    private readonly List<string[]> _folded = [];
    private readonly Dictionary<string, List<int>> _grams = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _ids = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<int>> _bareIds = new(StringComparer.OrdinalIgnoreCase);

    public NameTable(IEnumerable<NameEntry> entries)
    {
        foreach (var entry in entries)
            Add(entry);
    }

    public void Replace(IEnumerable<(string Entity, string Id)> keys, IEnumerable<NameEntry> fresh)
    {
        foreach (var (entity, id) in keys)
        {
            if (_ids.TryGetValue(Key(entity, id), out var index))
                _entries[index] = null;
        }
        foreach (var entry in fresh)
            Add(entry);
    }

    /// <param name="filter">Applied before the candidate pool is cut, so a narrow lookup (contacts of one
    /// account named 王) is never crowded out by the many matches elsewhere.</param>
    public List<NameHit> Search(string folded, int candidates, Func<NameEntry, bool>? filter = null)
    {
        if (folded.Length == 0)
            return [];
        var hits = new Dictionary<int, int>();
        foreach (var gram in NameText.Grams(folded))
        {
            if (!_grams.TryGetValue(gram, out var postings))
                continue;
            foreach (var index in postings)
            {
                if (filter is null || (_entries[index] is { } entry && filter(entry)))
                    hits[index] = hits.GetValueOrDefault(index) + 1;
            }
        }
        var pool = hits.OrderByDescending(h => h.Value).Take(candidates).Select(h => h.Key);
        // Ids fold like names ("T-501" → "t 501"), so joining the words with '-' gives the id back.
        var byId = _bareIds.GetValueOrDefault(folded.Replace(' ', '-')) ?? [];
        var results = new List<NameHit>();
        foreach (var index in pool.Concat(byId).Distinct())
        {
            if (_entries[index] is not { } entry || (filter is not null && !filter(entry)))
                continue;
            if (byId.Contains(index))
            {
                results.Add(new NameHit(entry, entry.Id, 1));
                continue;
            }
            var (best, score) = _folded[index].Select((name, i) => (i, NameScore.Score(folded, name))).MaxBy(p => p.Item2);
            if (score > 0)
                results.Add(new NameHit(entry, entry.Names[best], score));
        }
        return results;
    }

    private void Add(NameEntry entry)
    {
        var index = _entries.Count;
        _entries.Add(entry);
        var folded = entry.Names.Select(NameText.Normalize).ToArray();
        _folded.Add(folded);
        _ids[Key(entry.Entity, entry.Id)] = index;
        if (!_bareIds.TryGetValue(entry.Id, out var sameId))
            _bareIds[entry.Id] = sameId = [];
        sameId.Add(index);
        foreach (var gram in folded.SelectMany(NameText.Grams).Distinct())
        {
            if (!_grams.TryGetValue(gram, out var postings))
                _grams[gram] = postings = [];
            postings.Add(index);
        }
    }

    private static string Key(string entity, string id) => entity + "|" + id;
}
