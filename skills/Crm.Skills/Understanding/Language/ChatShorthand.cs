using System.Text.RegularExpressions;

namespace Crm.Skills.Understanding.Language;

/// <summary>
/// Chat shorthand spelled out before a message is read: "w/ Ben", "call w bill" → "with"; in Chinese, "8个w",
/// "12w" → 8万, 12万 (w for 万). Done on the raw message, before <see cref="TextNormalizer"/>, because it changes lengths.
/// </summary>
public static partial class ChatShorthand
{
    public static string Expand(string text)
    {
        if (!text.Contains('w', StringComparison.OrdinalIgnoreCase))
            return text;
        if (LanguageDetector.IsChinese(text))
            return TenThousand().Replace(text, "${n}万");
        return With().Replace(text, m => m.Value.EndsWith('/') ? "with " : "with");
    }

    // "w/" anywhere before a word; a lone lowercase "w" only between two words ("call w bill"), never "W" or "w." alone.
    [GeneratedRegex(@"(?<![\p{L}\p{N}/'])[wW]/(?=\s*\p{L})|(?<=\p{L}\s+)w(?=\s+\p{L})")]
    private static partial Regex With();

    [GeneratedRegex(@"(?<![\d.])(?<n>\d+(?:\.\d+)?)\s*个?\s*[wW](?![A-Za-z])")]
    private static partial Regex TenThousand();
}
