using System.Text.RegularExpressions;

namespace Crm.Skills.Understanding.Language;

/// <summary>
/// A discount said as what is left to pay: "打八折" and "八五折" (0.8, 0.85: Chinese says the share paid),
/// "7.5折", "10% off", "a 15% discount" (0.9, 0.85).
/// </summary>
public static partial class Discounts
{
    /// <summary>The share of the amount that is left, or null when no discount is said.</summary>
    public static decimal? Factor(string text)
    {
        var zhe = Zhe().Match(text);
        if (zhe.Success)
        {
            if (zhe.Groups["x"].Success)
                return decimal.Parse(zhe.Groups["x"].Value, System.Globalization.CultureInfo.InvariantCulture) / 10;
            var tenths = Digit(zhe.Groups["a"].Value[0]);
            var hundredths = zhe.Groups["b"].Success ? Digit(zhe.Groups["b"].Value[0]) : 0;
            return tenths / 10m + hundredths / 100m;
        }
        var off = PercentOff().Match(text);
        if (off.Success && decimal.Parse(off.Groups["p"].Value, System.Globalization.CultureInfo.InvariantCulture) is > 0 and < 100 and var percent)
            return 1 - percent / 100;
        return null;
    }

    private static int Digit(char c) => c is >= '0' and <= '9' ? c - '0' : "一二三四五六七八九".IndexOf(c) + 1;

    [GeneratedRegex(@"(?:(?<x>\d\.\d)|(?<a>[一二三四五六七八九\d])(?<b>[一二三四五六七八九\d])?)折")]
    private static partial Regex Zhe();

    [GeneratedRegex(@"(?<p>\d{1,2}(?:\.\d+)?)\s?%\s*(?:off|discount)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PercentOff();
}
