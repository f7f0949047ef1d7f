using System.Text.RegularExpressions;
using Crm.Skills.Understanding.Language;

namespace Crm.Skills.Understanding.Reading;

/// <summary>
/// A meeting, visit or call still to come ("下周三下午去康宁做演示", "后天下午三点跟星河陈总开视频会"): the day it is on is
/// said before it and lies ahead even when read as a report, and nothing says it was done. It is no activity to log;
/// beside a reminder it is what the reminder is about and when. A day said after the conversation ("王总来电话说下周三想见面")
/// is what the conversation was about.
/// </summary>
public static partial class PlansAhead
{
    // Only whether the day lies ahead matters, not which day it is, so any today will do.
    private static readonly DateContext AnyToday = new(new DateOnly(2001, 1, 3), DayOfWeek.Monday, DateDirection.Past);

    /// <param name="activityAt">Where the words of the meeting, visit or call start.</param>
    public static bool IsPlan(string segment, int activityAt) =>
        !SaysItHappened().IsMatch(segment)
        && DateReader.FindAll(segment, AnyToday).Any(d => d.Start < activityAt && d.Kind is not (DateKind.Period or DateKind.TimeOfDay) && d.Date > AnyToday.Today);

    // "明天去康宁见了张主任", "约了下周三", "决定下周二做演示", "just set up a call for tomorrow": something done, arranged or
    // decided already (了 but not 了解).
    [GeneratedRegex(@"了(?!解)|过(?![来去一目])|完|刚|已经|已|决定|说好|约好|约定|商定|\b(?:had|did|was|were|went|met|spoke|talked|called|visited|e-?mailed|sent|got|just|finished|wrapped|ended|came|said|told|\w+ed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SaysItHappened();
}
