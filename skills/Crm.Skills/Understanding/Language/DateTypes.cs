namespace Crm.Skills.Understanding.Language;

/// <summary>Whether a bare weekday or a day-month without a year points ahead (plans) or back (reports).</summary>
public enum DateDirection
{
    /// <summary>Due dates, close dates, reminders: "Friday" is the next Friday after today.</summary>
    Future,
    /// <summary>Things that happened: "met them Monday" is the latest Monday before today.</summary>
    Past,
}

/// <summary>
/// Everything a date phrase needs to be read: the user's local today (already in their time zone),
/// the first day of their calendar week and the direction of the sentence.
/// </summary>
public readonly record struct DateContext(
    DateOnly Today,
    DayOfWeek WeekStart = DayOfWeek.Monday,
    DateDirection Direction = DateDirection.Future);

/// <summary>What sort of phrase a <see cref="DateMention"/> came from.</summary>
public enum DateKind
{
    /// <summary>A calendar date: "Dec 15", "12/15", "2026-12-15", "12月15号", "15号", "the 15th".</summary>
    Explicit,
    /// <summary>A day counted from today: "today", "tomorrow", "in 3 days", "后天", "两周后".</summary>
    Relative,
    /// <summary>A weekday: "Friday", "next Friday", "last Monday", "下周三", "上周五".</summary>
    Weekday,
    /// <summary>The last day of a month, quarter or year: "end of month", "月底", "end of Q1", "年底".</summary>
    EndOfPeriod,
    /// <summary>The 15th: "mid December", "12月中旬".</summary>
    MidMonth,
    /// <summary>A whole month with no day ("next month", "in January", "明年一月"): the 1st, flagged vague.</summary>
    Month,
    /// <summary>A week with no day ("next week", "下周"): its first day, flagged vague.</summary>
    Week,
    /// <summary>A span to filter by ("this quarter", "this month", "本季度"): Date is the first day, End the last.</summary>
    Period,
    /// <summary>Only a time of day was said ("at 3pm", "下午3点"): the date is today.</summary>
    TimeOfDay,
}

/// <summary>
/// One date phrase found in a message. Start/Length index the text that was read.
/// Vague means a careful assistant might ask ("next month", "next week" with no day).
/// </summary>
public readonly record struct DateMention(
    DateOnly Date,
    TimeOnly? Time,
    int Start,
    int Length,
    DateKind Kind,
    bool Vague)
{
    /// <summary>The last day, for <see cref="DateKind.Period"/> mentions; otherwise null.</summary>
    public DateOnly? End { get; init; }

    public int EndIndex => Start + Length;
}
