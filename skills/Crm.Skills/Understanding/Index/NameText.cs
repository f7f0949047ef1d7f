using Crm.Data.Names;

namespace Crm.Skills.Understanding.Index;

/// <summary>
/// Names and messages as the name indexes see them: folded by the store's <see cref="NameFolding"/>
/// (the same folding its unique alias keys use), cut into words, Chinese kept apart for substring
/// matching, and cut into the grams the fuzzy name search posts names under.
/// </summary>
public static class NameText
{
    public static string Normalize(string? text) => NameFolding.Fold(text);

    public static string[] Tokens(string? text) =>
        Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static bool IsCjk(char c) => NameFolding.IsCjk(c);

    public static bool HasCjk(string? text) => text is not null && text.Any(IsCjk);

    /// <summary>The text with every non-CJK character removed, for substring matching of Chinese names.</summary>
    public static string CjkOnly(string? text) =>
        text is null ? "" : new string([.. text.Where(c => IsCjk(c) || char.IsAsciiLetterOrDigit(c)).Select(char.ToLowerInvariant)]);

    /// <summary>
    /// Index keys of a folded name for the fuzzy search: letter bigrams with word-edge padding (tolerant
    /// of one typo in short names), and single Chinese characters (Chinese names are short and read
    /// character by character).
    /// </summary>
    public static IEnumerable<string> Grams(string folded)
    {
        var grams = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in folded.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var padded = " " + word + " ";
            for (var i = 0; i + 1 < padded.Length; i++)
            {
                if (IsCjk(padded[i]))
                    grams.Add(padded[i].ToString());
                grams.Add(padded.Substring(i, 2));
            }
        }
        return grams;
    }
}
