namespace Crm.Skills.Understanding.Language;

/// <summary>Month and weekday names in English and Chinese.</summary>
internal static class CalendarWords
{
    /// <summary>
    /// A word boundary that only counts ASCII letters and digits as word characters. .NET's \b treats
    /// ideographs as word characters, so "2026-12-15前" or "明天15:00" would have no boundary.
    /// </summary>
    public const string B = @"(?:(?<=[A-Za-z0-9])(?![A-Za-z0-9])|(?<![A-Za-z0-9])(?=[A-Za-z0-9]))";

    /// <summary>Regex alternation for English month names and abbreviations (longest first).</summary>
    public const string EnglishMonths =
        "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";

    /// <summary>Regex alternation for English weekday names and safe abbreviations.</summary>
    public const string EnglishWeekdays =
        "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|weds|wed|thurs|thur|thu|fri|sat|sun";

    /// <summary>Regex for a Chinese month number (1-12, digits or characters).</summary>
    public const string ChineseMonth = "1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]";

    /// <summary>Regex for a Chinese day number (1-31, digits or characters).</summary>
    public const string ChineseDay = "3[01]|[12][0-9]|0?[1-9]|三十[一]?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]";

    public static int EnglishMonth(string name)
    {
        var n = name.ToLowerInvariant();
        return n.Length < 3 ? 0 : n[..3] switch
        {
            "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
            "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, "dec" => 12, _ => 0,
        };
    }

    public static DayOfWeek? EnglishWeekday(string name)
    {
        var n = name.ToLowerInvariant();
        return n.Length < 3 ? null : n[..3] switch
        {
            "mon" => DayOfWeek.Monday, "tue" => DayOfWeek.Tuesday, "wed" => DayOfWeek.Wednesday,
            "thu" => DayOfWeek.Thursday, "fri" => DayOfWeek.Friday, "sat" => DayOfWeek.Saturday,
            "sun" => DayOfWeek.Sunday, _ => null,
        };
    }

    public static DayOfWeek? ChineseWeekday(char c) => c switch
    {
        '一' or '1' => DayOfWeek.Monday,
        '二' or '2' => DayOfWeek.Tuesday,
        '三' or '3' => DayOfWeek.Wednesday,
        '四' or '4' => DayOfWeek.Thursday,
        '五' or '5' => DayOfWeek.Friday,
        '六' or '6' => DayOfWeek.Saturday,
        '日' or '天' or '7' => DayOfWeek.Sunday,
        _ => null,
    };

    /// <summary>A number written in digits or Chinese characters ("12", "十二"), or 0.</summary>
    public static int Number(string s)
    {
        if (int.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        return ChineseNumerals.TryParse(s, out var v) && v < 10_000 ? (int)v : 0;
    }
}
