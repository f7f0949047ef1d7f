namespace Crm.Skills.Understanding.Language;

/// <summary>
/// A money amount found in a message: "45k", "$45,000", "forty five thousand", "4.5万", "三十万".
/// HasCurrency says a currency marker was written ($, ￥, 元, 块, RMB, USD, dollars...);
/// HasScale says the number carried a money-sized unit (k, m, grand, thousand, million, 万, 亿).
/// The caller decides whether a mention is the deal amount (for example "at 45k" after a stage word).
/// </summary>
public readonly record struct AmountMention(decimal Value, int Start, int Length, bool HasCurrency, bool HasScale)
{
    /// <summary>ISO code when the marker names one ("$" → USD, "元"/"RMB"/"￥" → CNY, "€" → EUR); null otherwise.</summary>
    public string? Currency { get; init; }

    public int EndIndex => Start + Length;
}
