namespace Crm.Skills.Understanding.Language;

/// <summary>
/// A phrase list for one closed vocabulary. English phrases match whole words, ignoring case; Chinese
/// phrases match as substrings. A phrase mapped to null is a blocker: it claims its span so a shorter
/// word inside it is not reported ("电话号码" is not a call, "call it" is not a call).
/// </summary>
internal sealed class Lexicon<T> where T : struct, Enum
{
    private readonly (string Phrase, T? Value, bool Chinese)[] _entries;

    public Lexicon(params (string Phrase, T? Value)[] entries)
    {
        _entries = new (string, T?, bool)[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            var (phrase, value) = entries[i];
            _entries[i] = (phrase, value, LanguageDetector.CountIdeographs(phrase) > 0);
        }

        // Longest first, so the overlap pass keeps "closed lost" over "closed".
        Array.Sort(_entries, static (a, b) => b.Phrase.Length.CompareTo(a.Phrase.Length));
    }

    public IReadOnlyList<VocabularyMatch<T>> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = TextNormalizer.Fold(text);
        var hits = new List<(int Start, int Length, T? Value)>();
        foreach (var (phrase, value, chinese) in _entries)
        {
            var comparison = chinese ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
            for (var i = folded.IndexOf(phrase, comparison); i >= 0; i = folded.IndexOf(phrase, i + 1, comparison))
            {
                if ((chinese || IsWholeWord(folded, i, phrase.Length)) && !Claimed(hits, i, phrase.Length))
                {
                    hits.Add((i, phrase.Length, value));
                }
            }
        }

        hits.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        var matches = new List<VocabularyMatch<T>>(hits.Count);
        foreach (var (start, length, value) in hits)
        {
            if (value is { } v)
            {
                matches.Add(new VocabularyMatch<T>(v, start, length, Negation.Before(folded, start)));
            }
        }

        return matches;
    }

    private static bool Claimed(List<(int Start, int Length, T? Value)> hits, int start, int length)
    {
        foreach (var h in hits)
        {
            if (start < h.Start + h.Length && h.Start < start + length)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWholeWord(string text, int start, int length) =>
        (start == 0 || !char.IsAsciiLetterOrDigit(text[start - 1]))
        && (start + length == text.Length || !char.IsAsciiLetterOrDigit(text[start + length]));
}
