using System.Text.RegularExpressions;
using static Crm.Skills.Understanding.Language.DateRule;

namespace Crm.Skills.Understanding.Language;

/// <summary>English counted offsets: "in two weeks", "in 3 days", "a week from now", "in a couple of days".</summary>
internal static partial class Counting
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string Count = @"\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+couple\s+(?:of\s+)?|couple\s+(?:of\s+)?|a\s+few|few";

    private const string Units = @"business\s+days?|working\s+days?|days?|weeks?|months?|years?";

    public static readonly DateRule[] Rules = [new(Offset(), Resolve), new(Ago(), ResolveAgo), new(WeekOfMonth(), ResolveWeekOfMonth)];

    [GeneratedRegex(CalendarWords.B + @"(?<n>" + Count + @")\s*(?<u>days?|weeks?|months?|years?)\s+ago" + CalendarWords.B, Options)]
    private static partial Regex Ago();

    [GeneratedRegex(CalendarWords.B + @"(?:the\s+)?(?<nth>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+week\s+of\s+(?:(?<next>next\s+month)|(?:the\s+|this\s+)?month|(?<mon>" + CalendarWords.EnglishMonths + @"))" + CalendarWords.B, Options)]
    private static partial Regex WeekOfMonth();

    private static DateMention? ResolveAgo(Match m, DateContext ctx, string text) =>
        Resolve(m, ctx, text) is { } ahead ? ahead with { Date = Mirror(ctx.Today, ahead.Date, m.Groups["u"].Value) } : null;

    /// <summary>The same distance back from today as <paramref name="ahead"/> is forward.</summary>
    private static DateOnly Mirror(DateOnly today, DateOnly ahead, string unit)
    {
        var u = unit.ToLowerInvariant();
        if (u.StartsWith("month", StringComparison.Ordinal))
        {
            return today.AddMonths(-(((ahead.Year - today.Year) * 12) + ahead.Month - today.Month));
        }

        return u.StartsWith("year", StringComparison.Ordinal) ? today.AddYears(today.Year - ahead.Year) : today.AddDays(today.DayNumber - ahead.DayNumber);
    }

    private static DateMention? ResolveWeekOfMonth(Match m, DateContext ctx, string text)
    {
        var first = m.Groups["mon"].Success
            ? EnglishPeriods.MonthStart(ctx, CalendarWords.EnglishMonth(m.Groups["mon"].Value))
            : EnglishPeriods.FirstOfMonth(ctx.Today.AddMonths(m.Groups["next"].Success ? 1 : 0));
        var nth = m.Groups["nth"].Value.ToLowerInvariant();
        var start = nth == "last"
            ? Calendar.EndOfMonth(first.Year, first.Month).AddDays(-6)
            : first.AddDays(7 * (nth[0] switch { 's' or '2' => 1, 't' or '3' => 2, 'f' when nth.StartsWith("fo", StringComparison.Ordinal) => 3, '4' => 3, _ => 0 }));
        return Period(m, start, start.AddDays(6), DateKind.Week, vague: true);
    }

    [GeneratedRegex(CalendarWords.B + @"(?:(?:in|within|after)\s+(?<n>" + Count + @")\s*(?<u>" + Units + @")|(?<n>" + Count + @")\s*(?<u>" + Units + @")\s+(?:from\s+(?:now|today)|later|out))" + CalendarWords.B + @"|" + CalendarWords.B + @"in\s+a\s+fortnight" + CalendarWords.B, Options)]
    private static partial Regex Offset();

    private static DateMention? Resolve(Match m, DateContext ctx, string text)
    {
        if (!m.Groups["n"].Success)
        {
            return At(m, ctx.Today.AddDays(14), DateKind.Relative);
        }

        var count = m.Groups["n"].Value.Trim().ToLowerInvariant();
        var vague = count.Contains("few", StringComparison.Ordinal) || count.Contains("couple", StringComparison.Ordinal);
        var n = vague ? (count.Contains("few", StringComparison.Ordinal) ? 3 : 2)
            : count is "a" or "an" ? 1
            : int.TryParse(count, System.Globalization.CultureInfo.InvariantCulture, out var digits) ? digits
            : EnglishNumbers.TryParse(count, out var words) ? (int)words : 0;
        if (n <= 0)
        {
            return null;
        }

        var unit = m.Groups["u"].Value.ToLowerInvariant();
        var today = ctx.Today;
        var date = unit.StartsWith("business", StringComparison.Ordinal) || unit.StartsWith("working", StringComparison.Ordinal) ? AddBusinessDays(today, n)
            : unit.StartsWith("day", StringComparison.Ordinal) ? today.AddDays(n)
            : unit.StartsWith("week", StringComparison.Ordinal) ? today.AddDays(7 * n)
            : unit.StartsWith("month", StringComparison.Ordinal) ? today.AddMonths(n)
            : today.AddYears(n);
        return At(m, date, DateKind.Relative, vague);
    }

    public static DateOnly AddBusinessDays(DateOnly day, int n)
    {
        while (n > 0)
        {
            day = day.AddDays(1);
            n -= day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0 : 1;
        }

        return day;
    }
}
