namespace Crm.Skills.Understanding.Language;

/// <summary>
/// Repeated words from dictation: "they're they're ready" → "they're ready", "I think I think" → "I think".
/// Runs after noise removal, so "they're uh they're" is caught too. Numbers are never collapsed.
/// </summary>
internal static class Stutters
{
    private static readonly string[] Legit = ["that", "had", "is", "very", "bye", "no", "yes", "really", "so"];

    public static void Remove(TextEdit edit)
    {
        var t = edit.Text;
        var tokens = Tokens(t);
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (i + 3 < tokens.Count && Same(t, tokens[i], tokens[i + 2]) && Same(t, tokens[i + 1], tokens[i + 3]))
            {
                edit.Drop(tokens[i].Start, tokens[i + 2].Start - tokens[i].Start);
                i += 1;
                continue;
            }

            if (Same(t, tokens[i], tokens[i + 1]) && !IsLegitDouble(t, tokens[i]))
            {
                edit.Drop(tokens[i].Start, tokens[i + 1].Start - tokens[i].Start);
            }
        }

        edit.Apply();
    }

    private static List<(int Start, int Length)> Tokens(string t)
    {
        var tokens = new List<(int, int)>();
        var i = 0;
        while (i < t.Length)
        {
            i = Spans.SkipSpaces(t, i);
            var start = i;
            while (i < t.Length && t[i] != ' ')
            {
                i++;
            }

            if (i > start)
            {
                tokens.Add((start, i - start));
            }
        }

        return tokens;
    }

    private static bool Same(string t, (int Start, int Length) a, (int Start, int Length) b)
    {
        var x = t.AsSpan(a.Start, a.Length).TrimEnd(",.");
        var y = t.AsSpan(b.Start, b.Length).TrimEnd(",.");
        // A repeat is only a stutter when the first copy has no punctuation after it ("no, no" is emphasis).
        return x.Length == a.Length && x.Equals(y, StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsLegitDouble(string t, (int Start, int Length) token)
    {
        var word = t.AsSpan(token.Start, token.Length);
        foreach (var c in word)
        {
            if (char.IsAsciiDigit(c) || ChineseNumerals.IsNumeralChar(c))
            {
                return true;
            }
        }

        foreach (var legit in Legit)
        {
            if (word.Equals(legit, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return EnglishNumbers.TryParse(word.ToString(), out _);
    }
}
