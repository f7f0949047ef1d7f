using System.Globalization;
using System.Text;

namespace Crm.Skills.Understanding.Index;

/// <summary>
/// The one way names and messages are folded before they meet: lower case, accents removed,
/// punctuation turned into spaces, runs of spaces collapsed. Chinese characters pass through.
/// </summary>
public static class NameText
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var lastSpace = true;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
                continue;
            if (char.IsLetterOrDigit(c))
            {
                // A CJK run and a Latin run touching ("青松网络CRM") are separate words.
                if (sb.Length > 0 && !lastSpace && IsCjk(c) != IsCjk(sb[^1]))
                    sb.Append(' ');
                sb.Append(char.ToLowerInvariant(c));
                lastSpace = false;
            }
            else if (!lastSpace)
            {
                sb.Append(' ');
                lastSpace = true;
            }
        }
        return sb.ToString().Trim();
    }

    public static string[] Tokens(string? text) =>
        Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static bool IsCjk(char c) => c is >= '\u3400' and <= '\u9fff' or >= '\uf900' and <= '\ufaff';

    public static bool HasCjk(string? text) => text is not null && text.Any(IsCjk);

    /// <summary>The text with every non-CJK character removed, for substring matching of Chinese names.</summary>
    public static string CjkOnly(string? text) =>
        text is null ? "" : new string([.. text.Where(c => IsCjk(c) || char.IsAsciiLetterOrDigit(c)).Select(char.ToLowerInvariant)]);
}
