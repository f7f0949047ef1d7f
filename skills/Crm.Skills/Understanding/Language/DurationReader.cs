using System.Text.RegularExpressions;

namespace Crm.Skills.Understanding.Language;

/// <summary>
/// How long something lasted: "45 minutes", "an hour and a half", "half an hour", "two hours",
/// "四十分钟", "半小时", "一个半小时", "两个小时". Returns minutes, or null when no duration is said.
/// </summary>
public static partial class DurationReader
{
    public static int? Minutes(string text)
    {
        if (HalfHour().IsMatch(text))
            return 30;
        var en = English().Match(text);
        if (en.Success)
        {
            var value = Count(en.Groups["n"].Value.Trim());
            if (value <= 0)
                return null;
            var minutes = en.Groups["u"].Value.StartsWith('h') ? value * 60 : value;
            return (int)Math.Round(minutes + (en.Groups["half"].Success ? 30 : 0));
        }
        var zh = Chinese().Match(text);
        if (!zh.Success)
            return null;
        var n = zh.Groups["n"].Value;
        long amount = long.TryParse(n, out var digits) ? digits : ChineseNumerals.TryParse(n, out var numeral) ? numeral : -1;
        if (amount <= 0)
            return null;
        return zh.Groups["u"].Value == "分钟" ? (int)amount : (int)amount * 60 + (zh.Groups["half"].Success ? 30 : 0);
    }

    /// <summary>"an", "45", "forty five"; the word before a one-word number ("was ten") is not part of it.</summary>
    private static double Count(string words)
    {
        if (words is "an" or "a")
            return 1;
        if (double.TryParse(words, System.Globalization.CultureInfo.InvariantCulture, out var number))
            return number;
        if (EnglishNumbers.TryParse(words, out var value))
            return value;
        var space = words.LastIndexOf(' ');
        return space > 0 ? Count(words[(space + 1)..]) : -1;
    }

    [GeneratedRegex(@"(?<!\band )\bhalf an? hour\b|\b30 min|(?<![\d一二两三四五六七八九十个])半个?(?:小时|钟头)", RegexOptions.IgnoreCase)]
    private static partial Regex HalfHour();

    [GeneratedRegex(@"\b(?<n>\d+(?:\.\d+)?|an?|one|[a-z]+(?:[ -][a-z]+)?)\s*(?<u>hours?|hrs?|minutes?|mins?)\b(?<half>\s+and a half)?", RegexOptions.IgnoreCase)]
    private static partial Regex English();

    [GeneratedRegex(@"(?<n>\d+|[一二两三四五六七八九十百]+)\s*(?:个)?(?<half>半)?(?<u>小时|钟头|分钟)")]
    private static partial Regex Chinese();
}
