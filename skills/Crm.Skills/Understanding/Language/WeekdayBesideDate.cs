using System.Text.RegularExpressions;

namespace Crm.Skills.Understanding.Language;

/// <summary>
/// A weekday said beside a calendar date ("monday the 30th", "Mon, Nov 30", "周一 30号", "30号（周一）") names that date:
/// the day of the month says which day, the weekday only confirms it. When they disagree ("Monday the 29th" when the
/// 29th is a Sunday), neither is taken, and <see cref="FirstDisagreement"/> says so, so the caller asks which day is meant.
/// </summary>
internal static partial class WeekdayBesideDate
{
    /// <summary>The dates found, each weekday beside a calendar date joined to it; a pair that disagrees is left out.</summary>
    public static List<DateMention> Join(List<DateMention> dates, string text)
    {
        var joined = new List<DateMention>(dates.Count);
        for (var i = 0; i < dates.Count; i++)
        {
            if (i + 1 < dates.Count && Pair(dates[i], dates[i + 1], text) is var (weekday, date))
            {
                if (Agree(weekday, date))
                    joined.Add(date with { Start = dates[i].Start, Length = EndOfPair(dates[i], dates[i + 1], text) - dates[i].Start });
                i++;
                continue;
            }
            joined.Add(dates[i]);
        }
        return joined;
    }

    /// <summary>The first calendar date said with a weekday it does not fall on, as a day that does not exist.</summary>
    public static NoSuchDate? FirstDisagreement(List<DateMention> dates, string text)
    {
        for (var i = 0; i + 1 < dates.Count; i++)
        {
            if (Pair(dates[i], dates[i + 1], text) is var (weekday, date) && !Agree(weekday, date))
                return new NoSuchDate(date.Date.Month, date.Date.Day, dates[i].Start, EndOfPair(dates[i], dates[i + 1], text) - dates[i].Start) { Weekday = weekday.Date.DayOfWeek };
        }
        return null;
    }

    // "下周一（11月30日）", "Nov 30 (Monday)": the bracket opened between the two closes with them.
    private static int EndOfPair(DateMention first, DateMention second, string text) =>
        second.EndIndex < text.Length && text[second.EndIndex] is ')' or '）' && text[first.EndIndex..second.Start].IndexOfAny(['(', '（']) >= 0
            ? second.EndIndex + 1
            : second.EndIndex;

    private static bool Agree(DateMention weekday, DateMention date) => weekday.Date.DayOfWeek == date.Date.DayOfWeek;

    private static (DateMention Weekday, DateMention Date)? Pair(DateMention first, DateMention second, string text)
    {
        var between = text[first.EndIndex..second.Start];
        if (IsWeekday(first) && second.Kind == DateKind.Explicit && WeekdayThenDate().IsMatch(between))
            return (first, second);
        if (first.Kind == DateKind.Explicit && IsWeekday(second) && DateThenWeekday().IsMatch(between))
            return (second, first);
        return null;
    }

    // A weekend is a weekday mention too ("this weekend"), but a vague one that names no single day.
    private static bool IsWeekday(DateMention mention) => mention is { Kind: DateKind.Weekday, Vague: false };

    // "monday the 30th", "Mon, Nov 30", "周一，30号", "下周一(11月30日)": only a comma, "the" or a bracket between.
    [GeneratedRegex(@"^\s*[,，、]?\s*(?:the\s+)?[(（]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex WeekdayThenDate();

    // "30号周一", "Nov 30 (Monday)", "11月30日，周一".
    [GeneratedRegex(@"^\s*[,，、]?\s*[(（]?\s*$")]
    private static partial Regex DateThenWeekday();
}
