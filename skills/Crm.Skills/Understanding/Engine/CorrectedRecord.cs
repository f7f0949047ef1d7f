using System.Text.RegularExpressions;
using Crm.Skills.Understanding.Language;
using Crm.Skills.Understanding.Plan;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// Which of the previous message's records a correction is about, when it says so: a reminder named first ("不对 提醒改成下周三",
/// "the reminder should be Wednesday") or the date the record had ("不对 下周四 改成 下周二": the one due that Thursday, not the
/// meeting logged today). The other records of that message keep their values.
/// </summary>
internal static partial class CorrectedRecord
{
    /// <summary>Which actions the correction may change, and what it says of them (without the kind or the old date).</summary>
    public static (Func<PlannedAction, bool> Amendable, string Body) Of(string body, TurnContext ctx)
    {
        if (KindFirst().Match(body) is { Success: true } kind)
            return (a => a is CreateTask, body[kind.Length..]);
        if (DateChanged().Match(body) is { Success: true } change && DaysMeant(change.Groups["was"].Value, ctx) is { Count: > 0 } was)
            return (a => DaysOf(a, ctx).Any(was.Contains), change.Groups["now"].Value);
        return (_ => true, body);
    }

    /// <summary>The day a date said alone stands for, read forwards and backwards (a reminder's or a call's); none when more is said.</summary>
    private static HashSet<DateOnly> DaysMeant(string said, TurnContext ctx)
    {
        var days = new HashSet<DateOnly>();
        foreach (var direction in new[] { DateDirection.Future, DateDirection.Past })
        {
            var dates = DateReader.FindAll(said, ctx.Dates(direction));
            if (dates.Count == 1 && TextParts.Tidy(string.Concat(said.AsSpan(0, dates[0].Start), said.AsSpan(dates[0].EndIndex))).Length == 0)
                days.Add(dates[0].Date);
        }
        return days;
    }

    private static IEnumerable<DateOnly> DaysOf(PlannedAction action, TurnContext ctx) => action switch
    {
        CreateTask { DueAt: { } due } => [due],
        LogActivity a => [DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(a.OccurredAtUtc, ctx.TimeZone))],
        UpdateDeal d => new[] { d.CloseDate, d.NextStepDue }.OfType<DateOnly>(),
        CreateDeal { CloseDate: { } close } => [close],
        _ => [],
    };

    // "提醒改成下周三", "把那个提醒推到周五", "the reminder should be Wednesday": the kind of record, then its new value.
    [GeneratedRegex(@"^\s*(?:把|将)?(?:那个|这个|那条|这条)?(?:提醒|待办|任务)(?=\s*(?:改成|改为|改到|推到|挪到|换到|调到|延到|提前到|应该是|是|其实))|^\s*(?:the\s+)?(?:reminder|task|to-?do)\b(?=\s+(?:should|is|to)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex KindFirst();

    // "下周四 改成 下周二", "Thursday → Tuesday": the old value, then the new one.
    [GeneratedRegex(@"^\s*(?:把|将)?(?<was>[^，,。;；]{1,12}?)\s*(?:改成|改为|改到|换成|推到|挪到|调到|->|→)\s*(?<now>.+)$|^\s*(?:from\s+)?(?<was>[^,.;]{1,20}?)\s+(?:to|->|→)\s+(?<now>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex DateChanged();
}
