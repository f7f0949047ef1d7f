using System.Text.RegularExpressions;
using static Crm.Skills.Understanding.Language.DateRule;

namespace Crm.Skills.Understanding.Language;

/// <summary>Chinese period phrases: 月底, 下个月底, 一月底, 十二月中旬, 季度末, 这个季度结束, Q1末, 年底, 下周, 本月, 本季度, 明年一月.</summary>
internal static partial class ChinesePeriods
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase;

    private const string Year = @"(?:(?<y>\d{4})年|(?<ry>明年|今年|去年))?";

    public static readonly DateRule[] Rules =
    [
        new(NamedMonth(), ResolveNamedMonth),
        new(RelativeMonth(), ResolveRelativeMonth),
        new(QuarterEnd(), ResolveQuarterEnd),
        new(YearEnd(), ResolveYearEnd),
        new(Week(), ResolveWeek),
        new(QuarterPeriod(), ResolveQuarterPeriod),
        new(YearPeriod(), ResolveYearPeriod),
    ];

    [GeneratedRegex(Year + @"(?<m>" + CalendarWords.ChineseMonth + @")月(?:份)?(?<part>底|末|中旬|中|初|上旬|下旬)?(?![个度\d一二三四五六七八九十日号])", Options)]
    private static partial Regex NamedMonth();

    [GeneratedRegex(@"(?<mod>下个|下|上个|上|本|这个|当)?月(?<part>底|末|中旬|中|初)|(?<mod>下个|下|上个|上|本|这个)月(?:份)?(?<part>结束)|(?<mod>下个|下|上个|上|本|这个)月(?:份)?(?![底末中初]|结束)", Options)]
    private static partial Regex RelativeMonth();

    [GeneratedRegex(Year + @"(?:(?<mod>本|这个|这|下个|下|上个|上|当前)?季度|q(?<q>[1-4])(?:季度)?|第?(?<q>[1-4一二三四])季度)(?:末|底|结束)", Options)]
    private static partial Regex QuarterEnd();

    [GeneratedRegex(@"(?<ry>明年|今年|去年)?(?:年底|年末|年终|(?<start>年初))|(?<ry>明年|今年)结束", Options)]
    private static partial Regex YearEnd();

    [GeneratedRegex(@"(?<mod>下下个|下下|下个|下|上个|上|本|这个|这)(?:周|星期|礼拜)(?![一二三四五六日天1-7末])", Options)]
    private static partial Regex Week();

    [GeneratedRegex(Year + @"(?:(?<mod>本|这个|这|下个|下|上个|上|当前)季度|q(?<q>[1-4])(?:季度)?|第?(?<q>[1-4一二三四])季度)(?![末底]|结束)", Options)]
    private static partial Regex QuarterPeriod();

    [GeneratedRegex(@"(?<ry>明年|今年|去年)(?![底末初\d一二三四五六七八九十]|结束)", Options)]
    private static partial Regex YearPeriod();

    private static DateMention? ResolveNamedMonth(Match m, DateContext ctx, string text)
    {
        var month = CalendarWords.Number(m.Groups["m"].Value);
        var year = ChineseDates.YearOf(m, ctx) ?? Calendar.YearOfMonth(ctx, month);
        return Part(m, ctx, year, month, m.Groups["part"].Value, explicitYear: m.Groups["y"].Success || m.Groups["ry"].Success);
    }

    private static DateMention? ResolveRelativeMonth(Match m, DateContext ctx, string text)
    {
        var step = m.Groups["mod"].Value switch { "下个" or "下" => 1, "上个" or "上" => -1, _ => 0 };
        var first = EnglishPeriods.FirstOfMonth(ctx.Today.AddMonths(step));
        var part = m.Groups["part"].Value;
        if (part.Length == 0)
        {
            var last = Calendar.EndOfMonth(first.Year, first.Month);
            return step == 1 ? Period(m, first, last, DateKind.Month, vague: true) : Period(m, first, last);
        }

        return Part(m, ctx, first.Year, first.Month, part, explicitYear: m.Groups["mod"].Success);
    }

    private static DateMention? Part(Match m, DateContext ctx, int year, int month, string part, bool explicitYear)
    {
        var last = Calendar.EndOfMonth(year, month);
        switch (part)
        {
            case "底" or "末" or "结束":
                return At(m, last, DateKind.EndOfPeriod);
            case "中" or "中旬":
                var mid = explicitYear ? new DateOnly(year, month, 15) : Calendar.MonthDay(ctx, month, 15);
                return mid is { } d ? At(m, d, DateKind.MidMonth) : null;
            case "下旬":
                return At(m, new DateOnly(year, month, 25), DateKind.Explicit, vague: true);
            default:
                var first = new DateOnly(year, month, 1);
                return Period(m, first, last, DateKind.Month, vague: true);
        }
    }

    private static DateMention? ResolveQuarterEnd(Match m, DateContext ctx, string text)
    {
        if (m.Groups["q"].Success)
        {
            var q = CalendarWords.Number(m.Groups["q"].Value);
            var year = ChineseDates.YearOf(m, ctx);
            return At(m, year is { } y ? Calendar.EndOfQuarter(y, q) : EnglishPeriods.QuarterEnd(ctx, q, m), DateKind.EndOfPeriod);
        }

        return At(m, EnglishPeriods.QuarterEndAfter(ctx.Today, Step(m)), DateKind.EndOfPeriod);
    }

    private static DateMention? ResolveYearEnd(Match m, DateContext ctx, string text)
    {
        if (!m.Groups["start"].Success)
        {
            return At(m, new DateOnly(ChineseDates.YearOf(m, ctx) ?? ctx.Today.Year, 12, 31), DateKind.EndOfPeriod);
        }

        // 年初 with no year means the coming January when planning.
        var year = ChineseDates.YearOf(m, ctx) ?? (ctx.Direction == DateDirection.Future && ctx.Today.Month > 1 ? ctx.Today.Year + 1 : ctx.Today.Year);
        return Period(m, new DateOnly(year, 1, 1), new DateOnly(year, 1, 31), DateKind.Month, vague: true);
    }

    private static DateMention? ResolveWeek(Match m, DateContext ctx, string text)
    {
        var step = m.Groups["mod"].Value switch { "下下个" or "下下" => 2, "下个" or "下" => 1, "上个" or "上" => -1, _ => 0 };
        var monday = Calendar.WeekStart(ctx.Today, ctx.WeekStart).AddDays(7 * step);
        return Period(m, monday, monday.AddDays(6), step > 0 ? DateKind.Week : DateKind.Period, vague: step > 0);
    }

    private static DateMention? ResolveQuarterPeriod(Match m, DateContext ctx, string text)
    {
        DateOnly end;
        if (m.Groups["q"].Success)
        {
            var q = CalendarWords.Number(m.Groups["q"].Value);
            end = ChineseDates.YearOf(m, ctx) is { } y ? Calendar.EndOfQuarter(y, q) : EnglishPeriods.QuarterEnd(ctx, q, m);
        }
        else
        {
            end = EnglishPeriods.QuarterEndAfter(ctx.Today, Step(m));
        }

        var first = EnglishPeriods.FirstOfMonth(end.AddMonths(-2));
        return Period(m, first, end);
    }

    private static DateMention? ResolveYearPeriod(Match m, DateContext ctx, string text)
    {
        var year = ChineseDates.YearOf(m, ctx)!.Value;
        return Period(m, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
    }

    private static int Step(Match m) => m.Groups["mod"].Value switch { "下个" or "下" => 1, "上个" or "上" => -1, _ => 0 };
}
