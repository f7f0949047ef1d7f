namespace Crm.Skills.Understanding.Language;

/// <summary>
/// Reads a short answer that picks one of the offered choices: "2", "#2", "the second one", "2nd",
/// "option 3", "last", "第二个", "第2个", "二", "最后一个". The whole answer must be the pick (with
/// polite padding such as "the", "one", "please", "吧"), so a sentence that merely contains a number is
/// not mistaken for a choice.
/// </summary>
public static class OrdinalReader
{
    /// <summary>The index reported for "last" / "最后一个".</summary>
    public const int Last = -1;

    private static readonly string[] EnglishPadding =
        ["the", "one", "please", "pls", "option", "number", "no", "choice", "item", "pick", "i", "want", "take", "choose", "it", "is", "its", "s", "that", "go", "with", "ok", "okay", "um", "uh"];

    private static readonly string[] ChinesePadding =
        ["选", "要", "是", "那个", "这个", "那", "就", "吧", "个", "项", "条", "号", "的", "啊", "呢", "嗯", "好", "请", "用"];

    /// <summary>
    /// True when the whole text picks a choice; <paramref name="index"/> is 1-based, or <see cref="Last"/>.
    /// </summary>
    public static bool TryRead(string text, out int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        index = 0;
        var folded = TextNormalizer.Fold(text).Trim().TrimEnd('.', '!', '?', ',', ';');
        if (folded.Length == 0)
        {
            return false;
        }

        return LanguageDetector.CountIdeographs(folded) > 0
            ? TryReadChinese(folded, out index)
            : TryReadEnglish(folded, out index);
    }

    private static bool TryReadEnglish(string text, out int index)
    {
        index = 0;
        var found = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsAsciiLetterOrDigit(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsAsciiDigit(c))
            {
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }

                var number = int.Parse(text.AsSpan(start, i - start), System.Globalization.CultureInfo.InvariantCulture);
                var suffixEnd = i;
                while (suffixEnd < text.Length && char.IsAsciiLetter(text[suffixEnd]))
                {
                    suffixEnd++;
                }

                var suffix = text.AsSpan(i, suffixEnd - i);
                if ((!suffix.IsEmpty && !IsOrdinalSuffix(suffix)) || found)
                {
                    return false;
                }

                (index, found, i) = (number, true, suffixEnd);
                continue;
            }

            while (i < text.Length && char.IsAsciiLetter(text[i]))
            {
                i++;
            }

            var word = text.AsSpan(start, i - start);
            if (word.Equals("last", StringComparison.OrdinalIgnoreCase) || word.Equals("bottom", StringComparison.OrdinalIgnoreCase))
            {
                if (found)
                {
                    return false;
                }

                (index, found) = (Last, true);
                continue;
            }

            if (IsPadding(word, EnglishPadding))
            {
                if (word.Equals("one", StringComparison.OrdinalIgnoreCase) && !found && !HasMoreContent(text, i))
                {
                    (index, found) = (1, true);
                }

                continue;
            }

            if (found || !EnglishNumbers.TryReadAt(text, start, out var value, out var end, out _))
            {
                return false;
            }

            (index, found, i) = ((int)Math.Min(value, int.MaxValue), true, end);
        }

        return found && index is Last or (> 0 and < 100);
    }

    private static bool HasMoreContent(string text, int i)
    {
        for (; i < text.Length; i++)
        {
            if (char.IsAsciiLetterOrDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> s) =>
        s.Equals("st", StringComparison.OrdinalIgnoreCase) || s.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || s.Equals("rd", StringComparison.OrdinalIgnoreCase) || s.Equals("th", StringComparison.OrdinalIgnoreCase);

    private static bool IsPadding(ReadOnlySpan<char> word, string[] padding)
    {
        foreach (var p in padding)
        {
            if (word.Equals(p, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryReadChinese(string text, out int index)
    {
        index = 0;
        var found = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsPunctuation(c) || c == '第')
            {
                i++;
                continue;
            }

            if (text.AsSpan(i).StartsWith("最后") && !found)
            {
                (index, found, i) = (Last, true, i + 2);
                if (i < text.Length && text[i] == '一')
                {
                    i++;
                }

                continue;
            }

            if (!found && char.IsAsciiDigit(c))
            {
                var start = i;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }

                (index, found) = (int.Parse(text.AsSpan(start, i - start), System.Globalization.CultureInfo.InvariantCulture), true);
                continue;
            }

            if (!found && ChineseNumerals.IsNumeralChar(c) && ChineseNumerals.TryReadAt(text, i, out var value, out var end))
            {
                (index, found, i) = ((int)Math.Min(value, int.MaxValue), true, end);
                continue;
            }

            var padding = MatchPadding(text, i);
            if (padding == 0)
            {
                return false;
            }

            i += padding;
        }

        return found && index is Last or (> 0 and < 100);
    }

    private static int MatchPadding(string text, int i)
    {
        foreach (var p in ChinesePadding)
        {
            if (string.CompareOrdinal(text, i, p, 0, p.Length) == 0)
            {
                return p.Length;
            }
        }

        return 0;
    }
}
