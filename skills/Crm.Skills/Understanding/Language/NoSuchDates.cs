using System.Globalization;
using System.Text.RegularExpressions;

namespace Crm.Skills.Understanding.Language;

/// <summary>
/// A month and day that no calendar has: "Nov 31", "the 31st of November", "feb 30", "11月31号". The date readers skip
/// them, so a caller that found no date can say why it asks rather than write without one.
/// </summary>
public static class NoSuchDates
{
    private const int LeapYear = 2028;

    /// <summary>The first impossible month and day in the text, if any.</summary>
    public static NoSuchDate? First(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = TextNormalizer.Fold(text);
        foreach (var m in EnglishDates.MonthThenDay().Matches(folded).Concat(EnglishDates.DayThenMonth().Matches(folded)).OrderBy(m => m.Index))
        {
            if (Impossible(m, CalendarWords.EnglishMonth(m.Groups["mon"].Value), EnglishDates.DayNumber(m)) is { } none)
                return none;
        }

        foreach (Match m in ChineseDates.MonthDay().Matches(folded))
        {
            if (Impossible(m, CalendarWords.Number(m.Groups["m"].Value), CalendarWords.Number(m.Groups["d"].Value)) is { } none)
                return none;
        }

        return null;
    }

    /// <summary>
    /// The first impossible month and day, or else a calendar date said with a weekday it does not fall on ("monday the
    /// 29th" when the 29th is a Sunday), which no calendar has either.
    /// </summary>
    public static NoSuchDate? First(string text, DateContext context) => First(text) ?? DateReader.WeekdayNotOnDate(text, context);

    // February has a 29th in leap years, so only a year said makes "Feb 29" impossible.
    private static NoSuchDate? Impossible(Match m, int month, int day)
    {
        if (month is < 1 or > 12 || day < 1)
            return null;
        var year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture) : LeapYear;
        return day > DateTime.DaysInMonth(year, month) ? new NoSuchDate(month, day, m.Index, m.Length) : null;
    }
}

/// <summary>A month and day said that does not exist, and where it was said.</summary>
public readonly record struct NoSuchDate(int Month, int Day, int Start, int Length)
{
    /// <summary>The weekday said with the date, when the date is real but falls on another day of the week.</summary>
    public DayOfWeek? Weekday { get; init; }

    public string English => (Weekday is { } day ? $"{day} " : "") + $"{Day} {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(Month)}";

    public string Chinese => $"{Month}月{Day}日" + (Weekday is { } day ? $"（周{"日一二三四五六"[(int)day]}）" : "");
}
