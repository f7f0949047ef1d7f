using System.Text.RegularExpressions;

namespace Crm.Skills.Understanding.Language;

/// <summary>Checks one digit-based candidate ("45k", "$45,000", "4.5万", "45000元") against its surroundings.</summary>
internal static class DigitAmounts
{
    public static bool TryRead(string text, Match m, out AmountMention amount)
    {
        amount = default;
        var pre = m.Groups["pre"].Value;
        var post = m.Groups["post"].Value;
        var scale = m.Groups["scale"].Value;
        var num = m.Groups["num"];
        var end = m.Index + m.Length;
        var hasCurrency = pre.Length > 0 || post.Length > 0;
        var hasScale = scale.Length > 0;
        var tail = scale == "万" && post.Length == 0 ? SpokenTail(text, end) : (0m, 0);
        end += tail.Item2;
        if (!AmountReader.TryParseDecimal(num.Value, out var number) || Glued(text, end) || Glued(text, num.Index + num.Length) && !hasScale && !hasCurrency)
        {
            return false;
        }

        if (!hasCurrency && (CountUnits.Follows(text, end) || IsTimeOrRange(text, num.Index + num.Length)))
        {
            return false;
        }

        if (!hasCurrency && !hasScale && !IsMoneySizedPlainNumber(text, num.Value, number, m.Index))
        {
            return false;
        }

        var value = (number * (hasScale ? AmountReader.ScaleOf(scale) : 1m)) + tail.Item1;
        amount = new AmountMention(value, m.Index, TrimmedLength(m) + tail.Item2, hasCurrency, hasScale)
        {
            Currency = AmountReader.CurrencyOf(pre.Length > 0 ? pre : post),
        };
        return true;
    }

    /// <summary>"12万5" and "12万5千" are spoken for 125000: a single digit after 万 counts in thousands.</summary>
    private static (decimal Value, int Length) SpokenTail(string text, int end)
    {
        if (end >= text.Length || !char.IsAsciiDigit(text[end]) || (end + 1 < text.Length && char.IsAsciiDigit(text[end + 1])))
        {
            return (0m, 0);
        }

        var thousands = end + 1 < text.Length && text[end + 1] == '千';
        return ((text[end] - '0') * 1000m, thousands ? 2 : 1);
    }

    private static int TrimmedLength(Match m)
    {
        var length = m.Length;
        while (length > 0 && m.Value[length - 1] == ' ')
        {
            length--;
        }

        return length;
    }

    /// <summary>A number stuck to letters or digits ("5MB", "3pm", "Q1", "2nd") is not an amount.</summary>
    private static bool Glued(string text, int end)
    {
        if (end >= text.Length)
        {
            return false;
        }

        var c = text[end];
        var digitNext = end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]);
        return char.IsAsciiLetterOrDigit(c) || c == '%' || (c is '/' or '-' && digitNext);
    }

    private static bool IsTimeOrRange(string text, int end) =>
        end + 1 < text.Length && text[end] is ':' or '.' or '/' && char.IsAsciiDigit(text[end + 1]);

    private static bool IsMoneySizedPlainNumber(string text, string digits, decimal number, int start)
    {
        if (digits.Contains(',', StringComparison.Ordinal))
        {
            return number >= 1000m;
        }

        var isYear = digits.Length == 4 && number is >= 1900m and <= 2100m;
        var isPhoneOrId = digits.Length >= 9 || (digits.Length > 1 && digits[0] == '0');
        return number >= 1000m && !isYear && !isPhoneOrId && !CountUnits.PhoneBefore(text, start) && !NamedNumber(text, start)
            && !InDigitGroups(text, start, start + digits.Length);
    }

    /// <summary>"186 2800 1234", "555-0199": a group of a longer number written in groups, as phone numbers are.</summary>
    private static bool InDigitGroups(string text, int start, int end) =>
        (start >= 2 && text[start - 1] is ' ' or '-' && char.IsAsciiDigit(text[start - 2]))
        || (end + 1 < text.Length && text[end] is ' ' or '-' && char.IsAsciiDigit(text[end + 1]));

    private static readonly string[] IdWords =
        ["order", "invoice", "ticket", "case", "po", "id", "ref", "reference", "account", "build", "version", "room", "ext", "extension", "zip", "code", "model", "part", "sku", "iso", "soc", "订单", "订单号", "发票", "编号", "型号", "工单"];

    /// <summary>"ISO 27001", "order 10023", "PO 4500012", "订单号 88231": a number named by the word before it is an id.</summary>
    private static bool NamedNumber(string text, int start)
    {
        var end = start;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var wordStart = end;
        while (wordStart > 0 && (char.IsAsciiLetter(text[wordStart - 1]) || LanguageDetector.IsIdeograph(text[wordStart - 1])) && end - wordStart < 12)
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, end - wordStart);
        if (word.Length >= 2 && word.Length <= 5 && IsAsciiUpper(word))
        {
            return true;
        }

        foreach (var id in IdWords)
        {
            if (word.EndsWith(id, StringComparison.OrdinalIgnoreCase) && (LanguageDetector.IsIdeograph(id[0]) || word.Length == id.Length))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAsciiUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
