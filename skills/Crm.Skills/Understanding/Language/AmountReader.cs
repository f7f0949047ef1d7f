using System.Globalization;
using System.Text.RegularExpressions;

namespace Crm.Skills.Understanding.Language;

/// <summary>
/// Finds money amounts in English and Chinese: "45k", "$45,000", "45 grand", "forty five thousand",
/// "1.2 million", "half a million", "4.5万", "三十万", "十二万五", "12w", "1.2亿", "￥300,000", "RMB 30万".
/// Dates, times, sizes, counts with units, ids, phone numbers, years, percentages and quarters are not money.
/// A plain number counts only when it is money-sized (1,000 or more, not a year, not a phone number).
/// </summary>
public static partial class AmountReader
{
    /// <summary>Every amount in the text, in order, with spans into <paramref name="text"/>.</summary>
    public static IReadOnlyList<AmountMention> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = TextNormalizer.Fold(text);
        var found = new List<AmountMention>();
        foreach (Match m in DigitAmount().Matches(folded))
        {
            if (DigitAmounts.TryRead(folded, m, out var amount))
            {
                found.Add(amount);
            }
        }

        WordAmounts.FindEnglish(folded, found);
        WordAmounts.FindChinese(folded, found);
        return Spans.RemoveOverlaps(found, static a => a.Start, static a => a.Length);
    }

    /// <summary>
    /// The amounts that can be what a deal is worth: money-sized, and not a budget someone mentioned
    /// ("二期的预算大概两百万", "their budget is about 2m"), which is no price agreed. An amount labelled as the deal's after the
    /// budget was told is the deal's ("院里预算下来了设备管理系统金额十四万").
    /// </summary>
    public static IEnumerable<AmountMention> DealAmounts(string text) =>
        FindAll(text).Where(a => (a.HasScale || a.HasCurrency || a.Value >= 1000) && !Budget().IsMatch(text.AsSpan(0, a.Start)));

    [GeneratedRegex(@"(?:\bbudget\b|\bfunding\b|预算|资金|经费)(?:(?!金额|价格|报价|\bamount\b|\bprice\b)[^,，.。;；]){0,20}$", RegexOptions.IgnoreCase)]
    private static partial Regex Budget();

    /// <summary>The first amount in the text, if any.</summary>
    public static bool TryReadFirst(string text, out AmountMention amount)
    {
        var all = FindAll(text);
        amount = all.Count > 0 ? all[0] : default;
        return all.Count > 0;
    }

    [GeneratedRegex(
        @"(?<![A-Za-z0-9_.\-/:#+])(?:(?<pre>US\$|\$|€|£|¥|￥|RMB|CNY|USD|EUR)\s?)?(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(?<scale>thousand|million|billion|grand|mil(?![A-Za-z])|万亿|千万|百万|万|亿|千)|(?<scale>mm|bn|[kmw])(?![A-Za-z])|\s(?<scale>k)(?![A-Za-z]))?(?:\s?(?<post>dollars?|bucks|usd|rmb|cny|yuan|euros?|元|块钱|块|人民币|美元|美金|欧元)(?![A-Za-z]))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DigitAmount();

    internal static decimal ScaleOf(string scale) => scale.ToUpperInvariant() switch
    {
        "K" or "THOUSAND" or "GRAND" or "千" => 1_000m,
        "W" or "万" => 10_000m,
        "百万" or "M" or "MM" or "MIL" or "MILLION" => 1_000_000m,
        "千万" => 10_000_000m,
        "亿" or "BN" or "BILLION" => scale == "亿" ? 100_000_000m : 1_000_000_000m,
        "万亿" => 1_000_000_000_000m,
        _ => 1m,
    };

    internal static string? CurrencyOf(string marker) => marker.ToUpperInvariant() switch
    {
        "" => null,
        "$" or "US$" or "USD" or "DOLLAR" or "DOLLARS" or "BUCKS" or "美元" or "美金" => "USD",
        "€" or "EUR" or "EURO" or "EUROS" or "欧元" => "EUR",
        "£" => "GBP",
        _ => "CNY",
    };

    internal static bool TryParseDecimal(string digits, out decimal value) =>
        decimal.TryParse(digits.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
}
