using System.Text.RegularExpressions;
using static Crm.Skills.Understanding.Language.DateRule;

namespace Crm.Skills.Understanding.Language;

/// <summary>Chinese calendar dates, days relative to today, weekdays and counted offsets (两周后).</summary>
internal static partial class ChineseDates
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    public static readonly DateRule[] Rules =
    [
        new(MonthDay(), ResolveMonthDay),
        new(RelativeMonthDay(), ResolveRelativeMonthDay),
        new(DayAlone(), ResolveDayAlone),
        new(RelativeDay(), ResolveRelativeDay),
        new(Weekday(), ResolveWeekday),
        new(Counted(), ResolveCounted),
        new(CountedBack(), ResolveCountedBack),
        new(Weekend(), ResolveWeekend),
        new(InAFewDays(), ResolveInAFewDays),
    ];

    [GeneratedRegex(@"(?<n>\d{1,3}|[一二两三四五六七八九十]{1,3}|半)(?<ge>个)?(?<u>天|周|星期|礼拜|月|年)(?:以前|之前|前)", Options)]
    private static partial Regex CountedBack();

    [GeneratedRegex(@"(?<mod>下个|下|上个|上|这个|这|本)?周末", Options)]
    private static partial Regex Weekend();

    [GeneratedRegex(@"过(?<n>一两|两|几|三)天", Options)]
    private static partial Regex InAFewDays();

    private static DateMention? ResolveWeekend(Match m, DateContext ctx, string text)
    {
        var step = m.Groups["mod"].Value switch { "下个" or "下" => 1, "上个" or "上" => -1, _ => 0 };
        var saturday = step == 0 ? EnglishDates.ThisWeeks(ctx, DayOfWeek.Saturday) : Calendar.WeekdayInWeek(ctx, DayOfWeek.Saturday, step);
        return At(m, saturday, DateKind.Weekday, vague: true);
    }

    private static DateMention? ResolveInAFewDays(Match m, DateContext ctx, string text) =>
        At(m, ctx.Today.AddDays(m.Groups["n"].Value is "几" or "三" ? 3 : 2), DateKind.Relative, vague: true);

    [GeneratedRegex(@"(?:(?<y>\d{4})年|(?<ry>明年|今年|去年))?(?<m>" + CalendarWords.ChineseMonth + @")月(?:份)?(?<d>" + CalendarWords.ChineseDay + @")(?:日|号)", Options)]
    internal static partial Regex MonthDay();

    [GeneratedRegex(@"(?<mod>下个|下|这个|本|上个|上)月(?<d>" + CalendarWords.ChineseDay + @")(?:日|号)", Options)]
    private static partial Regex RelativeMonthDay();

    // "二号仓的扫码枪", "3号线", "5号楼", "12号门店": a number and 号 before a place is which one, not a day of the month.
    [GeneratedRegex(@"(?<![\d月一二三四五六七八九十第])(?<d>" + CalendarWords.ChineseDay + @")号(?![码楼线仓库房馆厅厂店门柜台机站院位车间室])", Options)]
    private static partial Regex DayAlone();

    [GeneratedRegex(@"(?<d>大前天|前天|昨天|昨日|昨晚|今天|今日|今早|今晚|今儿|明天|明日|明早|明晚|大后天|后天)(?:上午|下午|中午|晚上|早上|傍晚|凌晨|早晨|夜里)?", Options)]
    private static partial Regex RelativeDay();

    [GeneratedRegex(@"(?<mod>下下个|下下|下个|下|上个|上|本|这个|这|今)?(?:周|星期|礼拜)(?<d>[一二三四五六日天1-7])", Options)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"(?<n>\d{1,3}|[一二两三四五六七八九十]{1,3}|半)(?<ge>个)?(?<u>工作日|天|日|周|星期|礼拜|月|年)(?:以后|之后|后|以内|之内|内)", Options)]
    private static partial Regex Counted();

    private static DateMention? ResolveMonthDay(Match m, DateContext ctx, string text)
    {
        var month = CalendarWords.Number(m.Groups["m"].Value);
        var day = CalendarWords.Number(m.Groups["d"].Value);
        var year = YearOf(m, ctx);
        if (year is { } y)
        {
            return Calendar.TryDate(y, month, day, out var exact) ? At(m, exact, DateKind.Explicit) : null;
        }

        return Calendar.MonthDay(ctx, month, day) is { } date ? At(m, date, DateKind.Explicit) : null;
    }

    private static DateMention? ResolveRelativeMonthDay(Match m, DateContext ctx, string text)
    {
        var step = m.Groups["mod"].Value switch { "下个" or "下" => 1, "上个" or "上" => -1, _ => 0 };
        var month = ctx.Today.AddMonths(step);
        return Calendar.TryDate(month.Year, month.Month, CalendarWords.Number(m.Groups["d"].Value), out var date) ? At(m, date, DateKind.Explicit) : null;
    }

    private static DateMention? ResolveDayAlone(Match m, DateContext ctx, string text) =>
        Calendar.DayOfMonth(ctx, CalendarWords.Number(m.Groups["d"].Value)) is { } date ? At(m, date, DateKind.Explicit) : null;

    private static DateMention? ResolveRelativeDay(Match m, DateContext ctx, string text)
    {
        var offset = m.Groups["d"].Value switch
        {
            "大前天" => -3,
            "前天" => -2,
            "昨天" or "昨日" or "昨晚" => -1,
            "明天" or "明日" or "明早" or "明晚" => 1,
            "后天" => 2,
            "大后天" => 3,
            _ => 0,
        };
        return At(m, ctx.Today.AddDays(offset), DateKind.Relative);
    }

    private static DateMention? ResolveWeekday(Match m, DateContext ctx, string text)
    {
        var day = CalendarWords.ChineseWeekday(m.Groups["d"].Value[0])!.Value;
        var date = m.Groups["mod"].Value switch
        {
            "下下个" or "下下" => Calendar.WeekdayInWeek(ctx, day, 2),
            "下个" or "下" => Calendar.WeekdayInWeek(ctx, day, 1),
            "上个" or "上" => Calendar.WeekdayInWeek(ctx, day, -1),
            "本" or "这个" or "这" or "今" => EnglishDates.ThisWeeks(ctx, day),
            _ => Calendar.BareWeekday(ctx, day),
        };
        return At(m, date, DateKind.Weekday);
    }

    private static DateMention? ResolveCountedBack(Match m, DateContext ctx, string text)
    {
        if (ResolveCounted(m, ctx, text) is not { } ahead)
        {
            return null;
        }

        var unit = m.Groups["u"].Value;
        var back = unit is "月" or "年"
            ? ctx.Today.AddMonths(-(((ahead.Date.Year - ctx.Today.Year) * 12) + ahead.Date.Month - ctx.Today.Month))
            : ctx.Today.AddDays(ctx.Today.DayNumber - ahead.Date.DayNumber);
        return ahead with { Date = back };
    }

    private static DateMention? ResolveCounted(Match m, DateContext ctx, string text)
    {
        var half = m.Groups["n"].Value == "半";
        var n = half ? 0 : CalendarWords.Number(m.Groups["n"].Value);
        var unit = m.Groups["u"].Value;
        if (!half && n <= 0)
        {
            return null;
        }

        var today = ctx.Today;
        var date = unit switch
        {
            "天" or "日" => today.AddDays(n),
            "工作日" => Counting.AddBusinessDays(today, n),
            "周" or "星期" or "礼拜" => today.AddDays(half ? 3 : 7 * n),
            "月" => half ? today.AddDays(15) : today.AddMonths(n),
            _ => half ? today.AddMonths(6) : today.AddYears(n),
        };
        return At(m, date, DateKind.Relative);
    }

    internal static int? YearOf(Match m, DateContext ctx)
    {
        if (m.Groups["y"].Success)
        {
            return EnglishDates.Int(m, "y");
        }

        return m.Groups["ry"].Value switch
        {
            "明年" => ctx.Today.Year + 1,
            "今年" => ctx.Today.Year,
            "去年" => ctx.Today.Year - 1,
            _ => null,
        };
    }
}
