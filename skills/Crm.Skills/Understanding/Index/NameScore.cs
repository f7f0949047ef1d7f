namespace Crm.Skills.Understanding.Index;

/// <summary>
/// How well a folded query fits a folded name, 0 to 1: exact 1, whole-name prefix 0.92, word prefix
/// 0.85, contained 0.8, all query words prefix words of the name 0.8, then edit-distance similarity
/// scaled to at most 0.75 so a typo never outranks a real prefix.
/// </summary>
public static class NameScore
{
    public static double Score(string query, string name)
    {
        if (query.Length == 0 || name.Length == 0)
            return 0;
        if (name == query)
            return 1;
        if (name.StartsWith(query, StringComparison.Ordinal))
            return 0.92;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (query.Length >= 2 && words.Any(w => w.StartsWith(query, StringComparison.Ordinal)))
            return 0.85;
        if (name.Contains(query, StringComparison.Ordinal) && (query.Length >= 3 || query.Any(NameText.IsCjk)))
            return 0.8;
        var queryWords = query.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (queryWords.Length > 1 && queryWords.All(q => words.Any(w => w.StartsWith(q, StringComparison.Ordinal))))
            return 0.8;
        return 0.75 * Similarity(query, name, words);
    }

    /// <summary>Best edit similarity of the query against the whole name, its same-length prefix, and each word.</summary>
    private static double Similarity(string query, string name, string[] words)
    {
        var best = Ratio(query, name);
        if (name.Length > query.Length)
            best = Math.Max(best, Ratio(query, name[..query.Length]));
        foreach (var word in words)
            best = Math.Max(best, Ratio(query, word));
        // Below this a "match" is mostly noise: two edits in a five-letter word is another word.
        return best >= 0.6 && query.Length >= 3 ? best : 0;
    }

    private static double Ratio(string a, string b) => 1.0 - (double)Distance(a, b) / Math.Max(a.Length, b.Length);

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
            d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++)
            d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
