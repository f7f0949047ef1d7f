using System.Text.RegularExpressions;
using static Crm.Skills.Understanding.Language.DateRule;

namespace Crm.Skills.Understanding.Language;

/// <summary>English period phrases: end of month/quarter/year, mid month, whole months, weeks, quarters.</summary>
internal static partial class EnglishPeriods
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string Quarters = @"q(?<q>[1-4])|(?<oq>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter";

    public static readonly DateRule[] Rules =
    [
        new(EndOf(), ResolveEndOf),
        new(Mid(), ResolveMid),
        new(EarlyLate(), ResolveEarlyLate),
        new(MonthAlone(), ResolveMonthAlone),
        new(ThisNext(), ResolveThisNext),
        new(Quarter(), ResolveQuarter),
    ];

    [GeneratedRegex(CalendarWords.B + @"(?:(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?(?:(?<which>this|next|last|current|coming)\s+)?(?:(?<unit>month|quarter|year|week|day)|" + Quarters + @"|(?<mon>" + CalendarWords.EnglishMonths + @"))(?:\s+(?<y>(?:19|20)\d{2}))?|(?<abbr>eom|eoq|eoy|eow|eod)|(?:(?<which>this|next)\s+)?(?<unit>month|quarter|year)[\s-]end)" + CalendarWords.B, Options)]
    private static partial Regex EndOf();

    [GeneratedRegex(CalendarWords.B + @"mid(?:dle)?(?:\s+of)?[\s-]+(?:(?<which>this|next)\s+)?(?:(?<mon>" + CalendarWords.EnglishMonths + @")|(?<unit>month))" + CalendarWords.B, Options)]
    private static partial Regex Mid();

    [GeneratedRegex(CalendarWords.B + @"(?<w>early|late|beginning\s+of|start\s+of)\s+(?:the\s+)?(?:(?<which>this|next)\s+)?(?:(?<mon>" + CalendarWords.EnglishMonths + @")|(?<unit>month|week))" + CalendarWords.B, Options)]
    private static partial Regex EarlyLate();

    [GeneratedRegex(@"(?<=" + CalendarWords.B + @"(?:in|by|for|during|until|till|before|after|from|around|since|through)\s+)(?<mon>" + CalendarWords.EnglishMonths + @")" + CalendarWords.B + @"(?!\.?\s*\d)(?:\s+(?<y>(?:19|20)\d{2})" + CalendarWords.B + @")?", Options)]
    private static partial Regex MonthAlone();

    [GeneratedRegex(CalendarWords.B + @"(?<which>this|next|last|current|coming)\s+(?<unit>week|month|quarter|year)" + CalendarWords.B, Options)]
    private static partial Regex ThisNext();

    [GeneratedRegex(CalendarWords.B + @"(?:" + Quarters + @")(?:\s+(?<y>(?:19|20)\d{2}))?" + CalendarWords.B, Options)]
    private static partial Regex Quarter();

    private static DateMention? ResolveEndOf(Match m, DateContext ctx, string text)
    {
        var today = ctx.Today;
        var which = m.Groups["which"].Value.ToLowerInvariant();
        var step = which switch { "next" => 1, "last" => -1, _ => 0 };
        var unit = m.Groups["abbr"].Success ? m.Groups["abbr"].Value.ToLowerInvariant() switch
        {
            "eom" => "month", "eoq" => "quarter", "eoy" => "year", "eow" => "week", _ => "day",
        } : m.Groups["unit"].Value.ToLowerInvariant();
        if (m.Groups["mon"].Success)
        {
            var month = CalendarWords.EnglishMonth(m.Groups["mon"].Value);
            var year = m.Groups["y"].Success ? EnglishDates.Int(m, "y") : Calendar.YearOfMonth(ctx, month);
            return At(m, Calendar.EndOfMonth(year, month), DateKind.EndOfPeriod);
        }

        if (QuarterNumber(m) is var q and > 0)
        {
            return At(m, QuarterEnd(ctx, q, m), DateKind.EndOfPeriod);
        }

        return unit switch
        {
            "month" => At(m, Calendar.EndOfMonth(today.AddMonths(step).Year, today.AddMonths(step).Month), DateKind.EndOfPeriod),
            "quarter" => At(m, QuarterEndAfter(today, step), DateKind.EndOfPeriod),
            "year" => At(m, new DateOnly(today.Year + step, 12, 31), DateKind.EndOfPeriod),
            "week" => At(m, Calendar.WeekdayInWeek(ctx, DayOfWeek.Friday, step), DateKind.EndOfPeriod),
            _ => At(m, today, DateKind.Relative),
        };
    }

    private static DateMention? ResolveMid(Match m, DateContext ctx, string text)
    {
        if (m.Groups["mon"].Success)
        {
            var month = CalendarWords.EnglishMonth(m.Groups["mon"].Value);
            return Calendar.MonthDay(ctx, month, 15) is { } d ? At(m, d, DateKind.MidMonth) : null;
        }

        var date = m.Groups["which"].Value.Equals("next", StringComparison.OrdinalIgnoreCase)
            ? FirstOfMonth(ctx.Today.AddMonths(1)).AddDays(14)
            : Calendar.DayOfMonth(ctx, 15);
        return date is { } day ? At(m, day, DateKind.MidMonth) : null;
    }

    private static DateMention? ResolveEarlyLate(Match m, DateContext ctx, string text)
    {
        var late = m.Groups["w"].Value.StartsWith("late", StringComparison.OrdinalIgnoreCase);
        var next = m.Groups["which"].Value.Equals("next", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        if (m.Groups["unit"].Value.Equals("week", StringComparison.OrdinalIgnoreCase))
        {
            var monday = Calendar.WeekStart(ctx.Today, ctx.WeekStart).AddDays(7 * next);
            return late ? At(m, Calendar.InWeek(monday, DayOfWeek.Friday), DateKind.EndOfPeriod, vague: true) : Period(m, monday, monday.AddDays(6), DateKind.Week, vague: true);
        }

        var first = m.Groups["mon"].Success
            ? MonthStart(ctx, CalendarWords.EnglishMonth(m.Groups["mon"].Value))
            : FirstOfMonth(ctx.Today.AddMonths(next));
        var last = Calendar.EndOfMonth(first.Year, first.Month);
        return late ? At(m, last, DateKind.EndOfPeriod, vague: true) : Period(m, first, last, DateKind.Month, vague: true);
    }

    private static DateMention? ResolveMonthAlone(Match m, DateContext ctx, string text)
    {
        var month = CalendarWords.EnglishMonth(m.Groups["mon"].Value);
        var first = m.Groups["y"].Success ? new DateOnly(EnglishDates.Int(m, "y"), month, 1) : MonthStart(ctx, month);
        return Period(m, first, Calendar.EndOfMonth(first.Year, first.Month), DateKind.Month, vague: true);
    }

    private static DateMention? ResolveThisNext(Match m, DateContext ctx, string text)
    {
        var today = ctx.Today;
        var which = m.Groups["which"].Value.ToLowerInvariant();
        var step = which switch { "next" => 1, "last" => -1, _ => 0 };
        switch (m.Groups["unit"].Value.ToLowerInvariant())
        {
            case "week":
                var monday = Calendar.WeekStart(today, ctx.WeekStart).AddDays(7 * step);
                return Period(m, monday, monday.AddDays(6), step == 1 ? DateKind.Week : DateKind.Period, vague: step == 1);
            case "month":
                var first = FirstOfMonth(today.AddMonths(step));
                return Period(m, first, Calendar.EndOfMonth(first.Year, first.Month), step == 1 ? DateKind.Month : DateKind.Period, vague: step == 1);
            case "quarter":
                var end = QuarterEndAfter(today, step);
                return Period(m, end.AddMonths(-2).AddDays(1 - end.AddMonths(-2).Day), end);
            default:
                return Period(m, new DateOnly(today.Year + step, 1, 1), new DateOnly(today.Year + step, 12, 31));
        }
    }

    private static DateMention? ResolveQuarter(Match m, DateContext ctx, string text)
    {
        var q = QuarterNumber(m);
        var end = QuarterEnd(ctx, q, m);
        return Period(m, new DateOnly(end.Year, (q * 3) - 2, 1), end);
    }

    internal static DateOnly QuarterEnd(DateContext ctx, int q, Match m)
    {
        if (m.Groups["y"].Success)
        {
            return Calendar.EndOfQuarter(EnglishDates.Int(m, "y"), q);
        }

        var end = Calendar.EndOfQuarter(ctx.Today.Year, q);
        var start = new DateOnly(ctx.Today.Year, (q * 3) - 2, 1);
        return ctx.Direction == DateDirection.Future && end < ctx.Today ? Calendar.EndOfQuarter(ctx.Today.Year + 1, q)
            : ctx.Direction == DateDirection.Past && start > ctx.Today ? Calendar.EndOfQuarter(ctx.Today.Year - 1, q)
            : end;
    }

    internal static DateOnly QuarterEndAfter(DateOnly today, int step)
    {
        var shifted = today.AddMonths(3 * step);
        return Calendar.EndOfQuarter(shifted.Year, Calendar.QuarterOf(shifted));
    }

    internal static DateOnly MonthStart(DateContext ctx, int month) => new(Calendar.YearOfMonth(ctx, month), month, 1);

    internal static DateOnly FirstOfMonth(DateOnly day) => new(day.Year, day.Month, 1);

    private static int QuarterNumber(Match m)
    {
        if (m.Groups["q"].Success)
        {
            return EnglishDates.Int(m, "q");
        }

        return m.Groups["oq"].Success ? char.ToLowerInvariant(m.Groups["oq"].Value[0]) switch
        {
            'f' => m.Groups["oq"].Value.StartsWith("fir", StringComparison.OrdinalIgnoreCase) ? 1 : 4,
            's' => 2,
            't' => 3,
            '1' => 1, '2' => 2, '3' => 3, '4' => 4,
            _ => 0,
        } : 0;
    }
}
