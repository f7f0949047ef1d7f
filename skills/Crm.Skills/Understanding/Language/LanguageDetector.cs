using System.Text.RegularExpressions;

namespace Crm.Skills.Understanding.Language;

/// <summary>Picks the reply language: Simplified Chinese when ideographs carry the message, else English.</summary>
public static partial class LanguageDetector
{
    /// <summary>
    /// True when the message is mainly Chinese. Each ideograph counts as one word against the Latin
    /// words, so "看下我本季度的pipeline" is Chinese while "met 王总 about the renewal today" is English. Record ids and
    /// e-mail and web addresses are no words of either language: "改成 yangfan@tianfu-soft.example" is Chinese.
    /// </summary>
    public static bool IsChinese(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        text = Values().Replace(text, " ");

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

    /// <summary>
    /// "186 2800 1234", "2", "T-604", "wanglei@hengtong-log.example": a value with no words of any language once record ids
    /// and e-mail and web addresses are set aside, so it says nothing of which language to reply in.
    /// </summary>
    public static bool HasNoWords(string text) => !Values().Replace(text, "").Any(char.IsLetter);

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b(?:https?://|www\.)\S+|(?<![A-Za-z0-9])[A-Za-z]{1,4}-\d{2,6}(?![A-Za-z0-9])", RegexOptions.IgnoreCase)]
    private static partial Regex Values();

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
