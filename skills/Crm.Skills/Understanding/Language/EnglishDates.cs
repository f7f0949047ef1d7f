using System.Text.RegularExpressions;
using static Crm.Skills.Understanding.Language.DateRule;

namespace Crm.Skills.Understanding.Language;

/// <summary>English calendar dates, days relative to today and weekdays.</summary>
internal static partial class EnglishDates
{
    private const string Ordinals =
        "(?:twenty|thirty)[- ]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth";

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private static readonly string[] AfterDayOfMonth =
        ["at", "by", "in", "on", "for", "and", "or", "to", "next", "this", "please", "then", "so", "morning", "afternoon", "evening", "if", "we", "i", "they", "he", "she", "of",
        "about", "re", "regarding", "with", "when", "after", "before", "around", "latest", "eod", "noon", "instead", "too", "that",
        "because", "first", "maybe", "unless", "once", "via", "over", "asap", "though", "tho", "ok", "pls"];

    private static readonly string[] BeforeShortWeekday = ["on", "by", "until", "till", "before", "after", "from", "this", "next", "last", "every", "me", "us", "due"];

    public static readonly DateRule[] Rules =
    [
        new(Iso(), ResolveIso),
        new(Slash(), ResolveSlash),
        new(MonthThenDay(), ResolveMonthDay),
        new(DayThenMonth(), ResolveMonthDay),
        new(TheNth(), ResolveTheNth),
        new(RelativeDay(), ResolveRelativeDay),
        new(Weekday(), ResolveWeekday),
        new(Weekend(), ResolveWeekend),
    ];

    [GeneratedRegex(CalendarWords.B + @"(?:(?<which>this|next|last|the|coming)\s+)?weekend" + CalendarWords.B, Options)]
    private static partial Regex Weekend();

    private static DateMention? ResolveWeekend(Match m, DateContext ctx, string text)
    {
        var step = m.Groups["which"].Value.ToLowerInvariant() switch { "next" => 1, "last" => -1, _ => 0 };
        var saturday = step == 0 ? ThisWeeks(ctx, DayOfWeek.Saturday) : Calendar.WeekdayInWeek(ctx, DayOfWeek.Saturday, step);
        return At(m, saturday, DateKind.Weekday, vague: true);
    }

    [GeneratedRegex(CalendarWords.B + @"(?<y>(?:19|20)\d{2})[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})" + CalendarWords.B, Options)]
    private static partial Regex Iso();

    [GeneratedRegex(@"(?<![A-Za-z0-9_/.\-$])(?<m>1[0-2]|0?[1-9])/(?<d>3[01]|[12]\d|0?[1-9])(?:/(?<y>\d{4}|\d{2}))?(?![A-Za-z0-9_/%])", Options)]
    private static partial Regex Slash();

    [GeneratedRegex(CalendarWords.B + @"(?<mon>" + CalendarWords.EnglishMonths + @")\.?\s+(?:the\s+)?(?:(?<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?|(?<dw>" + Ordinals + @"))(?:,?\s+(?<y>(?:19|20)\d{2}))?(?![A-Za-z0-9_:%])", Options)]
    internal static partial Regex MonthThenDay();

    [GeneratedRegex(CalendarWords.B + @"(?:the\s+)?(?:(?<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?|(?<dw>" + Ordinals + @"))(?:\s+of)?\s+(?<mon>" + CalendarWords.EnglishMonths + @")" + CalendarWords.B + @"(?:,?\s+(?<y>(?:19|20)\d{2})" + CalendarWords.B + @")?", Options)]
    internal static partial Regex DayThenMonth();

    [GeneratedRegex(CalendarWords.B + @"the\s+(?:(?<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)|(?<=" + CalendarWords.B + @"(?:on|by|before|until|till|after|from|to|no|wait|actually|sorry|oops|rather|mean|meant|that|it),?\s+the\s+)(?<dw>" + Ordinals + @"))" + CalendarWords.B, Options)]
    private static partial Regex TheNth();

    [GeneratedRegex(CalendarWords.B + @"(?:(?:the\s+)?day\s+after\s+tomorrow|(?:the\s+)?day\s+before\s+yesterday|(?:today|tonight|tomorrow|tmrw|tmr|yesterday)(?:\s+(?:morning|afternoon|evening|night))?|this\s+(?:morning|afternoon|evening)|last\s+night|(?:earlier|later)\s+today)" + CalendarWords.B, Options)]
    private static partial Regex RelativeDay();

    [GeneratedRegex(CalendarWords.B + @"(?:(?<wk>next|this|last|the\s+following|following)\s+week(?:'s)?\s*,?\s*(?:on\s+)?|(?<mod>this\s+coming|this\s+past|coming|next|this|last|past|previous)\s+)?(?<dow>" + CalendarWords.EnglishWeekdays + @")" + CalendarWords.B + @"(?:\s+(?<after>next|this|last)\s+week" + CalendarWords.B + @"|\s+(?<afternext>after\s+next)" + CalendarWords.B + @")?", Options)]
    private static partial Regex Weekday();

    private static DateMention? ResolveIso(Match m, DateContext ctx, string text) =>
        Calendar.TryDate(Int(m, "y"), Int(m, "m"), Int(m, "d"), out var date) ? At(m, date, DateKind.Explicit) : null;

    private static DateMention? ResolveSlash(Match m, DateContext ctx, string text)
    {
        var y = m.Groups["y"];
        if (Spans.WordAt(text, Spans.SkipSpaces(text, m.Index + m.Length), "of"))
        {
            // "3/4 of the users" is a fraction.
            return null;
        }

        if (!y.Success)
        {
            return Calendar.MonthDay(ctx, Int(m, "m"), Int(m, "d")) is { } d ? At(m, d, DateKind.Explicit) : null;
        }

        var year = Int(m, "y") is var n && n < 100 ? 2000 + n : n;
        return Calendar.TryDate(year, Int(m, "m"), Int(m, "d"), out var date) ? At(m, date, DateKind.Explicit) : null;
    }

    private static DateMention? ResolveMonthDay(Match m, DateContext ctx, string text)
    {
        var month = CalendarWords.EnglishMonth(m.Groups["mon"].Value);
        var wordDay = m.Groups["dw"].Success;
        if (wordDay && month == 5)
        {
            return null;
        }

        var day = DayNumber(m);
        if (m.Groups["y"].Success)
        {
            return Calendar.TryDate(Int(m, "y"), month, day, out var exact) ? At(m, exact, DateKind.Explicit) : null;
        }

        return Calendar.MonthDay(ctx, month, day) is { } date ? At(m, date, DateKind.Explicit) : null;
    }

    private static DateMention? ResolveTheNth(Match m, DateContext ctx, string text)
    {
        var next = Spans.SkipSpaces(text, m.Index + m.Length);
        var nextIsWord = next < text.Length && char.IsAsciiLetter(text[next]);
        if (nextIsWord && !Spans.NextWordIsAny(text, next, AfterDayOfMonth))
        {
            return null;
        }

        return Calendar.DayOfMonth(ctx, DayNumber(m)) is { } date ? At(m, date, DateKind.Explicit) : null;
    }

    private static DateMention? ResolveRelativeDay(Match m, DateContext ctx, string text)
    {
        var v = m.Value.ToLowerInvariant();
        var offset = v.EndsWith("day after tomorrow", StringComparison.Ordinal) ? 2
            : v.EndsWith("day before yesterday", StringComparison.Ordinal) ? -2
            : v.StartsWith("tom", StringComparison.Ordinal) || v.StartsWith("tm", StringComparison.Ordinal) ? 1
            : v.StartsWith("yes", StringComparison.Ordinal) || v.StartsWith("last", StringComparison.Ordinal) ? -1
            : 0;
        return At(m, ctx.Today.AddDays(offset), DateKind.Relative);
    }

    // "send the contract wed", "call him mon pm": a short weekday that ends what is said is the day ("wed like" is not).
    [GeneratedRegex(@"^\w+(?:\s*(?:[,.;!?]|$)|\s+(?:morning|afternoon|evening|eod|am|pm|at)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex EndsTheClause();

    private static DateMention? ResolveWeekday(Match m, DateContext ctx, string text)
    {
        var dowText = m.Groups["dow"].Value;
        var day = CalendarWords.EnglishWeekday(dowText)!.Value;
        var which = FirstOf(m, "wk", "after", "mod").ToLowerInvariant();
        // "wed", "sat" and "mon" are words too; "Wed", "remind me wed", "on sat" are days.
        if (which.Length == 0 && dowText.Length == 3 && dowText.ToLowerInvariant() is "sun" or "sat" or "mon" or "wed"
            && !char.IsUpper(dowText[0]) && !PreviousWordIsAny(text, m.Index, BeforeShortWeekday)
            && !(dowText.ToLowerInvariant() is "wed" or "mon" && EndsTheClause().IsMatch(text[m.Index..])))
        {
            return null;
        }

        // "Tuesday after next": the week after next week's.
        var date = m.Groups["afternext"].Success ? Calendar.WeekdayInWeek(ctx, day, 2) : which switch
        {
            "next" or "the following" or "following" => Calendar.WeekdayInWeek(ctx, day, 1),
            "this" => ThisWeeks(ctx, day),
            "last" or "previous" => Calendar.WeekdayInWeek(ctx, day, -1),
            "past" or "this past" => Calendar.BareWeekday(ctx with { Direction = DateDirection.Past }, day),
            "coming" or "this coming" => Calendar.BareWeekday(ctx with { Direction = DateDirection.Future }, day),
            _ => Calendar.BareWeekday(ctx, day),
        };
        return At(m, date, DateKind.Weekday);
    }

    /// <summary>"This Friday": this calendar week's; when planning and it has passed, the coming one.</summary>
    internal static DateOnly ThisWeeks(DateContext ctx, DayOfWeek day)
    {
        var date = Calendar.WeekdayInWeek(ctx, day, 0);
        return ctx.Direction == DateDirection.Future && date < ctx.Today ? date.AddDays(7) : date;
    }

    internal static int DayNumber(Match m)
    {
        if (m.Groups["d"].Success)
        {
            return Int(m, "d");
        }

        var words = m.Groups["dw"].Value;
        return EnglishNumbers.TryReadAt(words, 0, out var v, out _, out _) ? (int)v : 0;
    }

    internal static int Int(Match m, string group) =>
        int.Parse(m.Groups[group].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);

    internal static string FirstOf(Match m, string a, string b, string c)
    {
        var g = m.Groups[a].Success ? m.Groups[a] : m.Groups[b].Success ? m.Groups[b] : m.Groups[c];
        return g.Success ? string.Join(' ', g.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)) : string.Empty;
    }

    internal static bool PreviousWordIsAny(string text, int index, string[] words)
    {
        var end = index;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsAsciiLetter(text[start - 1]))
        {
            start--;
        }

        var word = text.AsSpan(start, end - start);
        foreach (var w in words)
        {
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
