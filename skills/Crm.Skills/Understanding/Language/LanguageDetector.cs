using System.Text.RegularExpressions;

namespace Crm.Skills.Understanding.Language;

/// <summary>Picks the reply language: Simplified Chinese when ideographs carry the message, else English.</summary>
public static partial class LanguageDetector
{
    /// <summary>
    /// "2", "18628001234", "T-604": a message of numbers and record ids has no language of its own (it answers a
    /// question in the language that was asked in).
    /// </summary>
    public static bool HasWords(string text) => RecordId().Replace(text, "").Any(char.IsLetter);

    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Za-z]{1,4}-\d{2,6}(?![A-Za-z0-9])")]
    private static partial Regex RecordId();

    /// <summary>
    /// True when the message is mainly Chinese. Each ideograph counts as one word against the Latin
    /// words, so "看下我本季度的pipeline" is Chinese while "met 王总 about the renewal today" is English.
    /// </summary>
    public static bool IsChinese(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var ideographs = 0;
        var latinWords = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (IsIdeograph(c))
            {
                ideographs++;
                inWord = false;
            }
            else if (char.IsAsciiLetter(c) || (c >= 'Ａ' && c <= 'ｚ'))
            {
                latinWords += inWord ? 0 : 1;
                inWord = true;
            }
            else
            {
                inWord = false;
            }
        }

        return ideographs > 0 && ideographs >= latinWords;
    }

    /// <summary>The number of CJK ideographs in the text.</summary>
    public static int CountIdeographs(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += IsIdeograph(c) ? 1 : 0;
        }

        return count;
    }

    /// <summary>CJK Unified Ideographs and Extension A, plus 〇.</summary>
    public static bool IsIdeograph(char c) =>
        (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || c == '〇';
}
