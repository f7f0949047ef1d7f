using System.Text.RegularExpressions;
using static Crm.Skills.Understanding.Language.DateRule;

namespace Crm.Skills.Understanding.Language;

/// <summary>
/// Holidays people date things by ("before Christmas", "after Thanksgiving", "元旦前"): the fixed-date ones, and US
/// Thanksgiving (the fourth Thursday of November). Holidays that follow the lunar calendar (春节, 中秋) are left out.
/// </summary>
internal static partial class Holidays
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static readonly DateRule[] EnglishRules = [new(English(), Resolve)];
    public static readonly DateRule[] ChineseRules = [new(Chinese(), Resolve)];

    [GeneratedRegex(CalendarWords.B + @"(?:christmas(?:\s+(?:eve|day))?|xmas|new\s+year'?s(?:\s+(?:eve|day))?|thanksgiving(?:\s+day)?|halloween|valentine'?s(?:\s+day)?|independence\s+day|the\s+fourth\s+of\s+july)" + CalendarWords.B, Options)]
    private static partial Regex English();

    [GeneratedRegex(@"平安夜|圣诞节?|元旦|国庆节?|劳动节|五一(?=节|假|前|之前|以前|后|之后)|情人节|万圣节")]
    private static partial Regex Chinese();

    private static DateMention? Resolve(Match m, DateContext ctx, string text)
    {
        var name = m.Value.ToLowerInvariant();
        if (name.StartsWith("thanksgiving", StringComparison.Ordinal))
            return At(m, Thanksgiving(ctx), DateKind.Explicit);
        (int Month, int Day)? day = name switch
        {
            _ when name.StartsWith("christmas eve", StringComparison.Ordinal) || name == "平安夜" => (12, 24),
            _ when name.StartsWith("christmas", StringComparison.Ordinal) || name == "xmas" || name.StartsWith('圣') => (12, 25),
            _ when name.StartsWith("new year", StringComparison.Ordinal) && name.EndsWith("eve", StringComparison.Ordinal) => (12, 31),
            _ when name.StartsWith("new year", StringComparison.Ordinal) || name == "元旦" => (1, 1),
            _ when name == "halloween" || name == "万圣节" => (10, 31),
            _ when name.StartsWith("valentine", StringComparison.Ordinal) || name == "情人节" => (2, 14),
            _ when name.StartsWith("independence", StringComparison.Ordinal) || name.Contains("july", StringComparison.Ordinal) => (7, 4),
            _ when name.StartsWith('国') => (10, 1),
            _ when name == "劳动节" || name == "五一" => (5, 1),
            _ => null,
        };
        return day is { } d && Calendar.MonthDay(ctx, d.Month, d.Day) is { } date ? At(m, date, DateKind.Explicit) : null;
    }

    /// <summary>The fourth Thursday of November: this year's, or the nearest one in the direction the sentence looks.</summary>
    private static DateOnly Thanksgiving(DateContext ctx)
    {
        var year = ctx.Today.Year;
        var date = FourthThursdayOfNovember(year);
        if (ctx.Direction == DateDirection.Future && date < ctx.Today)
            return FourthThursdayOfNovember(year + 1);
        if (ctx.Direction == DateDirection.Past && date > ctx.Today)
            return FourthThursdayOfNovember(year - 1);
        return date;
    }

    private static DateOnly FourthThursdayOfNovember(int year)
    {
        var first = new DateOnly(year, 11, 1);
        var toThursday = ((int)DayOfWeek.Thursday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(toThursday + 21);
    }
}
