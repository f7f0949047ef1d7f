namespace Crm.Skills.Understanding.Language;

/// <summary>Amounts written in words: "forty five thousand", "half a million", "三十万", "十二万五", "五千块".</summary>
internal static class WordAmounts
{
    private static readonly string[] EnglishCurrency = ["dollars", "dollar", "bucks", "usd", "euros", "euro", "rmb", "yuan"];

    private static readonly string[] ChineseCurrency = ["块钱", "块", "元", "人民币", "美元", "美金", "欧元"];

    // The letters typed after a number for its scale in Chinese chat: k for a thousand, w for 万.
    private static readonly string[] ChineseScaleLetters = ["k", "w"];

    // "twenty two and a half k", "forty two and a half grand": the short words for a thousand carry a fraction too.
    private static readonly (string Word, decimal Value)[] Scales = [("thousand", 1_000m), ("million", 1_000_000m), ("billion", 1_000_000_000m), ("grand", 1_000m), ("k", 1_000m)];

    public static void FindEnglish(string text, List<AmountMention> found)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiLetter(text[i]) || (i > 0 && char.IsAsciiLetter(text[i - 1])))
            {
                continue;
            }

            if (TryHalf(text, i, out var half))
            {
                found.Add(half);
                i = half.EndIndex - 1;
                continue;
            }

            if (!EnglishNumbers.TryReadAt(text, i, out var value, out var end, out var ordinal) || ordinal)
            {
                continue;
            }

            var hasScale = HasScaleWord(text, i, end);
            decimal amount = value;
            if (!hasScale && TryAndAFraction(text, end, out var fraction, out var scale, out var fractionEnd))
            {
                (amount, hasScale, end) = ((value + fraction) * scale, true, fractionEnd);
            }

            var currencyEnd = CurrencyAfter(text, end, EnglishCurrency, out var currency);
            // "forty five grand", "sixty k": a thousand said short, after a number said in words.
            if (!hasScale && ThousandSaidShort(text, Spans.SkipSpaces(text, end)) is var shortWord and > 0)
            {
                (amount, hasScale, end) = (amount * 1000, true, Spans.SkipSpaces(text, end) + shortWord);
                currencyEnd = CurrencyAfter(text, end, EnglishCurrency, out currency);
            }

            if ((hasScale || currency is not null) && (currency is not null || !CountUnits.Follows(text, end)))
            {
                var stop = currency is null ? end : currencyEnd;
                found.Add(new AmountMention(amount, i, stop - i, currency is not null, hasScale) { Currency = currency });
            }

            i = end - 1;
        }
    }

    public static void FindChinese(string text, List<AmountMention> found)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!ChineseNumerals.IsNumeralChar(c) || (i > 0 && ChineseNumerals.IsNumeralChar(text[i - 1]))
                || !ChineseNumerals.TryReadAt(text, i, out var value, out var end))
            {
                continue;
            }

            var numeral = text.AsSpan(i, end - i);
            var hasScale = numeral.IndexOfAny('万', '亿') >= 0 || (numeral.Contains('千') && value >= 1000);
            decimal amount = value;
            // "金额七十五K", "三十五w": a number said in Chinese, then the letter typed for a thousand or ten thousand.
            if (!hasScale && ScaleLetterAfter(text, end, out var letterScale) is var letterEnd && letterEnd > end)
            {
                (amount, hasScale, end) = (amount * letterScale, true, letterEnd);
            }

            var currencyEnd = CurrencyAfter(text, end, ChineseCurrency, out var currency);
            // "一块去了康宁", "一块儿": together, not one yuan.
            if (currency is not null && !hasScale && value < 10 && text.AsSpan(end).TrimStart(' ') is ['块', not '钱', ..])
            {
                currency = null;
            }

            var before = i > 0 ? text[i - 1] : ' ';
            var ordinalOrId = before is '第' or '-' || (end < text.Length && text[end] is '季' or '月' or '期');
            if ((hasScale || currency is not null) && !ordinalOrId && (currency is not null || !CountUnits.Follows(text, end)))
            {
                var stop = currency is null ? end : currencyEnd;
                found.Add(new AmountMention(amount, i, stop - i, currency is not null, hasScale) { Currency = currency });
            }

            i = end - 1;
        }
    }

    /// <summary>The end of a "k" (thousand) or "w" (万) standing alone right after <paramref name="end"/>, with its scale; else <paramref name="end"/>.</summary>
    private static int ScaleLetterAfter(string text, int end, out decimal scale)
    {
        var j = Spans.SkipSpaces(text, end);
        foreach (var letter in ChineseScaleLetters)
        {
            if (Spans.WordAt(text, j, letter))
            {
                scale = AmountReader.ScaleOf(letter);
                return j + letter.Length;
            }
        }

        scale = 1m;
        return end;
    }

    private static bool TryHalf(string text, int i, out AmountMention amount)
    {
        amount = default;
        if (!TryFractionOf(text, i, out var fraction, out var scale, out var end) || scale < 1_000_000m)
        {
            return false;
        }

        amount = new AmountMention(fraction * scale, i, end - i, false, true);
        return true;
    }

    // A whole number and a fraction of the scale after it: "forty two and a half thousand" is 42,500,
    // "two and a half million" 2,500,000; the whole number alone has no scale of its own.
    private static bool TryAndAFraction(string text, int end, out decimal fraction, out decimal scale, out int fractionEnd)
    {
        var i = Spans.SkipSpaces(text, end);
        (fraction, scale, fractionEnd) = (0m, 0m, end);
        return Spans.WordAt(text, i, "and")
            && TryFractionOf(text, Spans.SkipSpaces(text, i + 3), out fraction, out scale, out fractionEnd);
    }

    /// <summary>"a half million", "half a million", "a quarter of a million", "a half thousand": the fraction and its scale.</summary>
    private static bool TryFractionOf(string text, int i, out decimal fraction, out decimal scale, out int end)
    {
        (scale, end) = (0m, i);
        if (Spans.WordAt(text, i, "a"))
        {
            i = Spans.SkipSpaces(text, i + 1);
        }

        fraction = Spans.WordAt(text, i, "half") ? 0.5m : Spans.WordAt(text, i, "quarter") ? 0.25m : 0m;
        if (fraction == 0m)
        {
            return false;
        }

        var j = Spans.SkipSpaces(text, i + (fraction == 0.5m ? 4 : 7));
        j = Spans.WordAt(text, j, "a") ? Spans.SkipSpaces(text, j + 1) : Spans.WordAt(text, j, "of a") ? Spans.SkipSpaces(text, j + 4) : j;
        foreach (var (word, value) in Scales)
        {
            if (Spans.WordAt(text, j, word))
            {
                (scale, end) = (value, j + word.Length);
                return true;
            }
        }

        return false;
    }

    private static int ThousandSaidShort(string text, int at) =>
        Spans.WordAt(text, at, "grand") ? 5 : Spans.WordAt(text, at, "k") ? 1 : 0;

    private static bool HasScaleWord(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        return span.Contains("thousand", StringComparison.OrdinalIgnoreCase)
            || span.Contains("million", StringComparison.OrdinalIgnoreCase)
            || span.Contains("billion", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The end of a currency word right after <paramref name="end"/>, with its ISO code.</summary>
    private static int CurrencyAfter(string text, int end, string[] words, out string? currency)
    {
        var j = Spans.SkipSpaces(text, end);
        foreach (var w in words)
        {
            var match = LanguageDetector.IsIdeograph(w[0])
                ? string.CompareOrdinal(text, j, w, 0, w.Length) == 0
                : Spans.WordAt(text, j, w);
            if (match)
            {
                currency = AmountReader.CurrencyOf(w);
                return j + w.Length;
            }
        }

        currency = null;
        return end;
    }
}
