namespace Crm.Skills.Understanding.Language;

/// <summary>Span helpers shared by the readers.</summary>
internal static class Spans
{
    /// <summary>Sorts by start and, where spans overlap, keeps the longer one (the earlier one on a tie).</summary>
    public static List<T> RemoveOverlaps<T>(List<T> items, Func<T, int> start, Func<T, int> length)
    {
        if (items.Count < 2)
        {
            return items;
        }

        items.Sort((a, b) => start(a) != start(b) ? start(a).CompareTo(start(b)) : length(b).CompareTo(length(a)));
        var kept = new List<T>(items.Count);
        foreach (var item in items)
        {
            if (kept.Count > 0 && start(item) < start(kept[^1]) + length(kept[^1]))
            {
                if (length(item) > length(kept[^1]))
                {
                    kept[^1] = item;
                }

                continue;
            }

            kept.Add(item);
        }

        return kept;
    }

    /// <summary>Index of the next non-space character at or after <paramref name="i"/>.</summary>
    public static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i;
    }

    /// <summary>True when <paramref name="text"/> at <paramref name="i"/> starts with <paramref name="word"/> as a whole word (ASCII, any case).</summary>
    public static bool WordAt(string text, int i, string word)
    {
        if (i < 0 || i + word.Length > text.Length || string.Compare(text, i, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return false;
        }

        return (i == 0 || !char.IsAsciiLetterOrDigit(text[i - 1]))
            && (i + word.Length == text.Length || !char.IsAsciiLetterOrDigit(text[i + word.Length]));
    }

    /// <summary>True when the English word starting at <paramref name="i"/> (after spaces) is one of <paramref name="words"/>.</summary>
    public static bool NextWordIsAny(string text, int i, string[] words)
    {
        i = SkipSpaces(text, i);
        foreach (var w in words)
        {
            if (WordAt(text, i, w) || (LanguageDetector.IsIdeograph(w[0]) && string.CompareOrdinal(text, i, w, 0, w.Length) == 0))
            {
                return true;
            }
        }

        return false;
    }
}
