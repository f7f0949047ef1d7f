namespace Crm.Skills.Understanding.Index;

/// <summary>
/// Name keys to records, built once per store. Latin keys are normalized token sequences looked up
/// as message n-grams; Chinese keys are looked up as substrings. Single-word Latin keys also get a
/// deletion neighbourhood so a one-letter typo still finds them without scanning every name.
/// </summary>
public sealed class NameTable
{
    private readonly Dictionary<string, List<NameHit>> _latin = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<NameHit>> _cjk = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _deletions = new(StringComparer.Ordinal);
    // Messages are looked up by every n-gram and substring: by span, so only a key that is found becomes a string.
    private readonly Dictionary<string, List<NameHit>>.AlternateLookup<ReadOnlySpan<char>> _latinBySpan;
    private readonly Dictionary<string, List<NameHit>>.AlternateLookup<ReadOnlySpan<char>> _cjkBySpan;

    public NameTable()
    {
        _latinBySpan = _latin.GetAlternateLookup<ReadOnlySpan<char>>();
        _cjkBySpan = _cjk.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int MaxCjkLength { get; private set; }
    public int MaxLatinTokens { get; private set; } = 1;

    public void Add(string name, string id, double quality)
    {
        var cjk = NameText.CjkOnly(name);
        if (NameText.HasCjk(name))
        {
            if (cjk.Length >= 2)
                AddHit(_cjk, cjk, id, quality);
            MaxCjkLength = Math.Max(MaxCjkLength, cjk.Length);
            return;
        }
        var tokens = NameText.Tokens(name);
        if (tokens.Length == 0)
            return;
        var key = string.Join(' ', tokens);
        AddHit(_latin, key, id, quality);
        MaxLatinTokens = Math.Max(MaxLatinTokens, tokens.Length);
        if (tokens.Length == 1 && key.Length >= 5)
            foreach (var variant in Deletions(key))
                (_deletions.TryGetValue(variant, out var set) ? set : _deletions[variant] = []).Add(key);
    }

    // Array.Empty, not []: beside a List the collection expression would be a new List for every key not found.
    public IReadOnlyList<NameHit> Latin(ReadOnlySpan<char> key) => _latinBySpan.TryGetValue(key, out var hits) ? hits : Array.Empty<NameHit>();

    public IReadOnlyList<NameHit> Cjk(ReadOnlySpan<char> key) => _cjkBySpan.TryGetValue(key, out var hits) ? hits : Array.Empty<NameHit>();

    /// <summary>Keys one edit away from <paramref name="token"/>, found through the deletion index.</summary>
    public IEnumerable<string> NearKeys(string token)
    {
        if (token.Length < 5)
            yield break;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var variant in Deletions(token).Append(token))
            if (_deletions.TryGetValue(variant, out var keys))
                foreach (var key in keys)
                    if (key != token && seen.Add(key) && Levenshtein.AtMostOne(key, token))
                        yield return key;
    }

    private static void AddHit(Dictionary<string, List<NameHit>> table, string key, string id, double quality)
    {
        var hits = table.TryGetValue(key, out var list) ? list : table[key] = [];
        var existing = hits.FindIndex(h => h.Id == id);
        if (existing < 0)
            hits.Add(new NameHit(id, quality));
        else if (hits[existing].Quality < quality)
            hits[existing] = new NameHit(id, quality);
    }

    private static IEnumerable<string> Deletions(string key)
    {
        for (var i = 0; i < key.Length; i++)
            yield return key.Remove(i, 1);
    }
}

internal static class Levenshtein
{
    public static bool AtMostOne(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
            return false;
        int i = 0, j = 0, edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { i++; j++; continue; }
            if (++edits > 1)
                return false;
            if (a.Length > b.Length) i++;
            else if (b.Length > a.Length) j++;
            else { i++; j++; }
        }
        return edits + (a.Length - i) + (b.Length - j) <= 1;
    }
}
