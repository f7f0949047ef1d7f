using System.Globalization;
using System.Text;

namespace Crm.Data.Names;

/// <summary>
/// The one way names are folded before they are compared, for the store's unique alias keys and for
/// every name index above it: compatibility forms folded (full-width "Ａ２" → "a2"), accents removed,
/// lower case, anything but letters and digits turned into single spaces, and a Chinese run and a
/// Latin run touching ("青松网络CRM") split into two words. Chinese characters pass through.
/// </summary>
public static class NameFolding
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return "";
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        var lastSpace = true;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            if (char.IsLetterOrDigit(c))
            {
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
        return sb.ToString().TrimEnd();
    }

    public static bool IsCjk(char c) => c is >= '\u3400' and <= '\u9fff' or >= '\uf900' and <= '\ufaff';
}
