namespace Crm.Skills.Understanding.Language;

/// <summary>
/// Finds money amounts in English and Chinese: "45k", "$45,000", "45 grand", "forty five thousand",
/// "1.2 million", "half a million", "4.5万", "三十万", "十二万五", "12w", "1.2亿", "￥300,000", "RMB 30万".
/// Dates, times, sizes, counts with units, ids, phone numbers, years, percentages and quarters are not money.
/// </summary>
public static partial class AmountReader
{
    /// <summary>Every amount in the text, in order, with spans.</summary>
    public static IReadOnlyList<AmountMention> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [];
    }

    /// <summary>The first amount in the text, if any.</summary>
    public static bool TryReadFirst(string text, out AmountMention amount)
    {
        var all = FindAll(text);
        amount = all.Count > 0 ? all[0] : default;
        return all.Count > 0;
    }
}
