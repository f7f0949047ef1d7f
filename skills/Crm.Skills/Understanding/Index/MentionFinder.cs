namespace Crm.Skills.Understanding.Index;

/// <summary>
/// Finds which words of a message name records in a <see cref="NameTable"/>: every n-gram of the
/// message's words (and every substring of its Chinese text) is looked up, the longest and best
/// spans win, and spans never overlap. Work grows with the message, not with the store.
/// </summary>
public static class MentionFinder
{
    public static IReadOnlyList<Mention> Find(NameTable table, string text, bool allowTypos = false)
    {
        var found = new List<Mention>();
        found.AddRange(FindLatin(table, NameText.Tokens(text), allowTypos));
        found.AddRange(FindCjk(table, NameText.CjkOnly(text)));
        return found;
    }

    private static List<Mention> FindLatin(NameTable table, string[] tokens, bool allowTypos)
    {
        var spans = new List<(int Start, int Length, string Key, IReadOnlyList<NameHit> Hits, string How)>();
        // The n-gram of tokens i..i+n-1 is a slice of the tokens joined once: starts[i] is where token i begins.
        var joined = string.Join(' ', tokens);
        var starts = new int[tokens.Length];
        for (var i = 1; i < tokens.Length; i++)
            starts[i] = starts[i - 1] + tokens[i - 1].Length + 1;
        for (var i = 0; i < tokens.Length; i++)
            for (var n = Math.Min(table.MaxLatinTokens, tokens.Length - i); n >= 1; n--)
            {
                var key = joined.AsSpan(starts[i], starts[i + n - 1] + tokens[i + n - 1].Length - starts[i]);
                var hits = table.Latin(key);
                if (hits.Count > 0)
                    spans.Add((i, n, key.ToString(), hits, "name"));
            }
        var taken = new bool[tokens.Length];
        var result = new List<Mention>();
        foreach (var span in spans.OrderByDescending(s => s.Length).ThenByDescending(s => s.Hits.Max(h => h.Quality)))
        {
            if (Enumerable.Range(span.Start, span.Length).Any(i => taken[i]))
                continue;
            for (var i = span.Start; i < span.Start + span.Length; i++)
                taken[i] = true;
            result.AddRange(span.Hits.Select(h => new Mention(h.Id, h.Quality, span.Start, span.Length, span.Key, span.How)));
        }
        if (!allowTypos)
            return result;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (taken[i])
                continue;
            foreach (var key in table.NearKeys(tokens[i]))
                result.AddRange(table.Latin(key).Select(h => new Mention(h.Id, h.Quality * 0.8, i, 1, tokens[i], $"typo of '{key}'")));
        }
        return result;
    }

    private static List<Mention> FindCjk(NameTable table, string cjk)
    {
        var result = new List<Mention>();
        if (table.MaxCjkLength < 2)
            return result;
        var spans = new List<(int Start, int Length, IReadOnlyList<NameHit> Hits)>();
        for (var i = 0; i < cjk.Length; i++)
            for (var len = Math.Min(table.MaxCjkLength, cjk.Length - i); len >= 2; len--)
            {
                var hits = table.Cjk(cjk.AsSpan(i, len));
                if (hits.Count > 0)
                    spans.Add((i, len, hits));
            }
        var taken = new bool[cjk.Length];
        foreach (var span in spans.OrderByDescending(s => s.Length).ThenByDescending(s => s.Hits.Max(h => h.Quality)))
        {
            if (Enumerable.Range(span.Start, span.Length).Any(i => taken[i]))
                continue;
            for (var i = span.Start; i < span.Start + span.Length; i++)
                taken[i] = true;
            var matched = cjk.Substring(span.Start, span.Length);
            result.AddRange(span.Hits.Select(h => new Mention(h.Id, h.Quality, 10_000 + span.Start, span.Length, matched, "chinese name")));
        }
        return result;
    }
}
