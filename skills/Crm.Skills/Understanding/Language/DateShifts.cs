using System.Text.RegularExpressions;

namespace Crm.Skills.Understanding.Language;

/// <summary>
/// A date moved by a span rather than to a day: "push the close date out two weeks", "it slipped a month", "pull it in by
/// a week", "关单日期往后推一个月", "推迟两周", "提前十天". The span is applied to the date the record holds; "in two weeks"
/// and "两周后" are days counted from today and read by <see cref="DateReader"/>, not here.
/// </summary>
public static partial class DateShifts
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string Count = @"\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+couple\s+(?:of\s+)?|couple\s+(?:of\s+)?|another|an\s+extra|one\s+more|another\s+(?:\d{1,2}|two|three|four|five|six)";

    /// <summary>The span said, signed (later is positive), or null when the text moves no date by a span.</summary>
    public static DateSpan? Read(string text)
    {
        if (EnglishLater().Match(text) is { Success: true } later)
            return Span(later, 1);
        if (EnglishEarlier().Match(text) is { Success: true } earlier)
            return Span(earlier, -1);
        if (ChineseShift().Match(text) is not { Success: true } zh)
            return null;
        var sign = zh.Groups["earlier"].Success ? -1 : 1;
        // "半个月": half a month is taken as fifteen days.
        return zh.Groups["half"].Success ? new DateSpan(sign * 15, 0)
            : SpokenCounts.Read(zh.Groups["n"].Value) is { } n ? Of(sign * (int)n, zh.Groups["u"].Value) : null;
    }

    private static DateSpan? Span(Match m, int sign)
    {
        var words = m.Groups["n"].Value.Trim().ToLowerInvariant();
        var n = words.StartsWith("another ", StringComparison.Ordinal) ? words[8..].Trim() : words;
        var count = n is "another" or "an extra" or "one more" ? 1 : (int)(SpokenCounts.Read(n) ?? 0);
        return count > 0 ? Of(sign * count, m.Groups["u"].Value) : null;
    }

    private static DateSpan Of(int n, string unit) => unit.ToLowerInvariant() switch
    {
        var u when u.StartsWith("day", StringComparison.Ordinal) || u is "天" or "日" => new DateSpan(n, 0),
        var u when u.StartsWith("week", StringComparison.Ordinal) || u.Contains('周') || u.Contains("星期") || u.Contains("礼拜") => new DateSpan(7 * n, 0),
        var u when u.StartsWith("quarter", StringComparison.Ordinal) || u.Contains('季') => new DateSpan(0, 3 * n),
        _ => new DateSpan(0, n),
    };

    // "push the Northwind renewal close date out two weeks", "slipped a month", "move it back by another week",
    // "delay the close a couple of weeks". "move" needs "out" or "back" (a move by a span says which way); the words in
    // between name the record, never a day ("push it to two weeks from now" is a day, read elsewhere).
    [GeneratedRegex(@"\b(?:(?:push(?:ed|ing)?|slip(?:ped|s|ping)?|slid(?:e|es|ing)?|delay(?:ed|ing)?|postpone(?:d)?|kick(?:ed)?|roll(?:ed)?|bump(?:ed)?)\b(?:(?!\b(?:to|until|till|into|from|in|within|forward|up|ahead)\b)[^,.;!?])*?\s(?:(?:out|back)\s+)?|(?:mov(?:e|ed|ing)|shift(?:ed)?)\b(?:(?!\b(?:to|until|till|into|from|in|within)\b)[^,.;!?])*?\s(?:out|back)\s+)(?:by\s+)?(?<n>" + Count + @")\s*(?<u>days?|weeks?|months?|quarters?)\b(?!\s+(?:ago|from\s+(?:now|today)))", Options)]
    private static partial Regex EnglishLater();

    // "pull the close date in by a week", "bring it forward two weeks", "move it up a month"; "in" only after pulling or
    // bringing ("moving forward with them in a month" moves nothing).
    [GeneratedRegex(@"\b(?:(?:pull(?:ed|ing)?|br(?:ing|ings|ought))\b(?:(?!\b(?:to|until|till|into|from|within)\b)[^,.;!?])*?\s(?:in|forward|up|ahead)|(?:mov(?:e|ed|ing)|push(?:ed)?)\b(?:(?!\b(?:to|until|till|into|from|in|within)\b)[^,.;!?])*?\s(?:forward|up|ahead))\s+(?:by\s+)?(?<n>" + Count + @")\s*(?<u>days?|weeks?|months?|quarters?)\b", Options)]
    private static partial Regex EnglishEarlier();

    // "往后推一个月", "推迟两周", "顺延半个月", "再延一周", "提前十天", "往前挪一个礼拜".
    [GeneratedRegex(@"(?:(?<earlier>提前|往前(?:推|挪|移|调)?|向前(?:推|挪|移|调)?)|(?:往后|向后)(?:推|延|挪|移|调)?|推迟|延迟|延后|推后|顺延|延期|(?:推|延)(?=[一二两三四五六七八九十半\d]))了?\s*(?:(?<half>半)个?月|(?<n>\d{1,2}|[一二两三四五六七八九十]{1,3})\s*(?<u>个?(?:星期|礼拜|月|季度)|周|天|日))")]
    private static partial Regex ChineseShift();
}

/// <summary>A signed span of days and months; months are added first, so 31 January plus a month is 28 February.</summary>
public readonly record struct DateSpan(int Days, int Months)
{
    public DateOnly From(DateOnly date) => date.AddMonths(Months).AddDays(Days);
}
