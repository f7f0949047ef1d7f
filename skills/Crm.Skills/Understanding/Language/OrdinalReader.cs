using System.Globalization;

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
        ["选", "要", "是", "那个", "这个", "那", "就", "吧", "个", "项", "条", "号", "的", "啊", "呢", "嗯", "好", "请", "用", "第"];

    private static readonly (string Said, int Pick)[] Places = [("后面", Last), ("后一", Last), ("下面", Last), ("前面", 1), ("前一", 1), ("上面", 1)];

    /// <summary>True when the whole text picks a choice; <paramref name="index"/> is 1-based, or <see cref="Last"/>.</summary>
    public static bool TryRead(string text, out int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = TextNormalizer.Fold(text).Trim().TrimEnd('.', '!', '?', ',', ';');
        var pick = folded.Length == 0 ? null
            : LanguageDetector.CountIdeographs(folded) > 0 ? ReadChinese(folded) : ReadEnglish(folded);
        index = pick ?? 0;
        return pick is Last or (> 0 and < 100);
    }

    private static int? ReadEnglish(string text)
    {
        var words = Words(text);
        int? pick = null;
        for (var t = 0; t < words.Count;)
        {
            var word = text.AsSpan(words[t].Start, words[t].Length);
            var loneOne = words.Count == 1 && word.Equals("one", StringComparison.OrdinalIgnoreCase);
            if (IsAny(word, EnglishPadding) && !loneOne)
            {
                t++;
                continue;
            }

            if (pick is not null || PickEnglish(text, words, ref t) is not { } n)
            {
                return null;
            }

            pick = n;
        }

        return pick;
    }

    /// <summary>Reads "last", "2", "2nd" or number words at word <paramref name="t"/> and moves past them.</summary>
    private static int? PickEnglish(string text, List<(int Start, int Length)> words, ref int t)
    {
        var (start, length) = words[t];
        var word = text.AsSpan(start, length);
        if (word.Equals("last", StringComparison.OrdinalIgnoreCase) || word.Equals("bottom", StringComparison.OrdinalIgnoreCase)
            || word.Equals("latter", StringComparison.OrdinalIgnoreCase))
        {
            t++;
            return Last;
        }

        var digits = word.Length - word.TrimStart("0123456789").Length;
        if (digits > 0)
        {
            var suffix = word[digits..];
            t++;
            return suffix.IsEmpty || IsAny(suffix, ["st", "nd", "rd", "th"]) ? Parse(word[..digits]) : null;
        }

        if (!EnglishNumbers.TryReadAt(text, start, out var value, out var end, out _))
        {
            return null;
        }

        while (t < words.Count && words[t].Start < end)
        {
            t++;
        }

        return (int)Math.Min(value, 1000);
    }

    private static int? ReadChinese(string text)
    {
        int? pick = null;
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]) || char.IsPunctuation(text[i]))
            {
                i++;
                continue;
            }

            if (pick is null && PickChinese(text, ref i) is { } n)
            {
                pick = n;
                continue;
            }

            var padding = PaddingAt(text, i);
            if (padding == 0)
            {
                return null;
            }

            i += padding;
        }

        return pick;
    }

    /// <summary>Reads 最后(一), 后面/前面 (the later or the earlier of the choices), digits or a Chinese numeral at <paramref name="i"/> and moves past it.</summary>
    private static int? PickChinese(string text, ref int i)
    {
        if (text.AsSpan(i).StartsWith("最后"))
        {
            i += text.AsSpan(i).StartsWith("最后一") ? 3 : 2;
            return Last;
        }

        foreach (var (said, pick) in Places)
        {
            if (text.AsSpan(i).StartsWith(said))
            {
                i += said.Length;
                return pick;
            }
        }

        if (char.IsAsciiDigit(text[i]))
        {
            var start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            return Parse(text.AsSpan(start, i - start));
        }

        if (ChineseNumerals.IsNumeralChar(text[i]) && ChineseNumerals.TryReadAt(text, i, out var value, out var end))
        {
            i = end;
            return (int)Math.Min(value, 1000);
        }

        return null;
    }

    private static List<(int Start, int Length)> Words(string text)
    {
        var words = new List<(int, int)>();
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiLetterOrDigit(text[i]))
            {
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
            {
                i++;
            }

            words.Add((start, i - start));
        }

        return words;
    }

    private static int? Parse(ReadOnlySpan<char> digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static bool IsAny(ReadOnlySpan<char> word, string[] options)
    {
        foreach (var option in options)
        {
            if (word.Equals(option, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static int PaddingAt(string text, int i)
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
