using System.Globalization;
using System.Text;

namespace Crm.Skills.Find;

/// <summary>
/// The folded form names are compared in: lower case, accents removed, punctuation as spaces,
/// full-width forms folded, single spaces. Chinese characters pass through unchanged.
/// </summary>
public static class NameText
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return "";
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        var space = true;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
                continue;
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (!space)
            {
                sb.Append(' ');
                space = true;
            }
        }
        return sb.ToString().TrimEnd();
    }

    public static bool IsCjk(char c) => c is >= '\u3400' and <= '\u9fff' or >= '\uf900' and <= '\ufaff';

    /// <summary>
    /// Index keys of a folded name: letter bigrams with word-edge padding (tolerant of one typo in short
    /// names), and single Chinese characters (Chinese names are short and read character by character).
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
