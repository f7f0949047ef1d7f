using System.Text.RegularExpressions;

namespace Crm.Skills.Understanding.Language;

/// <summary>
/// Chat shorthand spelled out before a message is read: "w/ Ben", "call w bill" → "with", "w/o" → "without",
/// "pls"/"plz" → "please", "tmrw" → "tomorrow", "mtg" → "meeting", "qtr" → "quarter"; in Chinese, "8个w", "12w" → 8万, 12万 (w for 万).
/// Done on the raw message, before <see cref="TextNormalizer"/>, because it changes lengths.
/// </summary>
public static partial class ChatShorthand
{
    public static string Expand(string text)
    {
        if (LanguageDetector.IsChinese(text))
            return text.Contains('w', StringComparison.OrdinalIgnoreCase) ? TenThousand().Replace(text, "${n}万") : text;
        return Shorthand().Replace(text, m => m.Value.ToLowerInvariant() switch
        {
            "w/o" => "without",
            ['w', '/'] => "with ",
            "w" => "with",
            "pls" or "plz" or "pleease" or "pleeease" => "please",
            "tmrw" or "tmrrw" or "tmw" or "tmr" or "2moro" or "2morrow" => "tomorrow",
            "mtg" => "meeting",
            "mtgs" => "meetings",
            "qtr" or "qtrs" => "quarter",
            _ => m.Value,
        });
    }

    // "w/o" and "w/" before a word; a lone lowercase "w" only between two words ("call w bill"), never "W" or "w." alone;
    // the other abbreviations as whole words.
    [GeneratedRegex(@"(?<![\p{L}\p{N}/'])[wW]/[oO](?![\p{L}\p{N}])|(?<![\p{L}\p{N}/'])[wW]/(?=\s*\p{L})|(?<=\p{L}\s+)w(?=\s+\p{L})|\b(?i:pls|plz|ple{2,3}ase|tmrw|tmrrw|tmw|tmr|2moro|2morrow|mtgs?|qtrs?)\b")]
    private static partial Regex Shorthand();

    [GeneratedRegex(@"(?<![\d.])(?<n>\d+(?:\.\d+)?)\s*个?\s*[wW](?![A-Za-z])")]
    private static partial Regex TenThousand();
}
