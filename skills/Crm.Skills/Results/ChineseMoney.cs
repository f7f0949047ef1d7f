using System.Globalization;

namespace Crm.Skills.Results;

/// <summary>
/// Money the way Chinese readers count it: in 万 (ten thousands) from 1万 up and in 亿 from 1亿 up,
/// with the currency's symbol in front, for every currency alike: ¥30万, ¥12.5万, ¥1,200万, ¥1.2亿,
/// US$4.5万, €2万; under 1万 a plain figure (¥8,000). Decimals are kept as far as the amount has them,
/// so 123,456 reads 12.3456万 and a card never rounds a value the user wrote. The one Chinese way to
/// write money, for cards and for the few texts the engine words itself (offer buttons).
/// </summary>
public static class ChineseMoney
{
    private const decimal Wan = 10_000m;
    private const decimal Yi = 100_000_000m;

    public static string Format(decimal amount, string currency) => Format(amount, currency, CultureInfo.GetCultureInfo("zh-CN"));

    public static string Format(decimal amount, string currency, CultureInfo culture)
    {
        var magnitude = Math.Abs(amount);
        var figure = magnitude >= Yi ? Scaled(amount / Yi, culture) + "亿"
            : magnitude >= Wan ? Scaled(amount / Wan, culture) + "万"
            : amount.ToString(decimal.Truncate(amount) == amount ? "N0" : "N2", culture);
        return Symbol(currency) + figure;
    }

    /// <summary>Grouped whole part (1,200万), and only the decimals the amount has (12.5万, not 12.50万).</summary>
    private static string Scaled(decimal value, CultureInfo culture) => value.ToString("#,0.##########", culture);

    /// <summary>The US dollar is "US$" here: a bare "$" is ambiguous to Chinese readers (HK$, NT$, S$).</summary>
    private static string Symbol(string currency) => currency.ToUpperInvariant() switch
    {
        "USD" => "US$",
        "CNY" or "RMB" => "¥",
        "EUR" => "€",
        "GBP" => "£",
        "JPY" => "JP¥",
        var code => code + " ",
    };
}
