using System.Text.RegularExpressions;
using Crm.Skills.Understanding.Language;

namespace Crm.Skills.Understanding.Reading;

/// <summary>
/// Dictation leaves out the commas, so one run of Chinese can hold several requests: "今天跟恒通周总开会续约金额定十九万八提醒我周五前发合同"
/// is a meeting, an amount and a reminder. A run is cut where a second request can start (a reminder, a deal's amount,
/// stage or expected signing, "帮我…", a day that opens a report or a deadline) when the words from there ask for
/// something of another kind than the words before. A day said right before a cue goes with it ("…十九万八周五提醒我发合同").
/// A spaced transcript and the same words written without spaces read alike, as the spaces between words are gone by now.
/// </summary>
public static partial class RunOnClauses
{
    // Only where a day falls matters here, not which day it is, so any today will do.
    private static readonly DateContext AnyToday = new(new DateOnly(2001, 1, 3), DayOfWeek.Monday, DateDirection.Past);

    public static IReadOnlyList<string> Cut(IReadOnlyList<string> segments) => [.. WithDeadlinesJoined(segments).SelectMany(CutRun)];

    /// <summary>
    /// "…阶段改成方案报价 下周一之前 把报价单发给他": a deadline said on its own is when what follows it is due, as it reads
    /// without the break the transcript put in.
    /// </summary>
    private static IEnumerable<string> WithDeadlinesJoined(IReadOnlyList<string> segments)
    {
        for (var k = 0; k < segments.Count; k++)
        {
            if (k + 1 < segments.Count && IsDeadlineOnly(segments[k]))
                yield return segments[k] + segments[++k];
            else
                yield return segments[k];
        }
    }

    private static bool IsDeadlineOnly(string segment) =>
        Deadline().Match(segment) is { Success: true } deadline
        && DateReader.FindAll(segment, AnyToday) is [var day] && day.Start == 0 && day.Length >= deadline.Groups["day"].Length;

    private static IEnumerable<string> CutRun(string run)
    {
        if (LanguageDetector.CountIdeographs(run) == 0)
        {
            yield return run;
            yield break;
        }
        var starts = PossibleStarts(run);
        var (from, asked) = (0, Intent.None);
        for (var k = 0; k < starts.Count; k++)
        {
            var (at, byDay) = starts[k];
            var piece = run[at..(k + 1 < starts.Count ? starts[k + 1].At : run.Length)];
            var intent = IntentClassifier.Classify(piece);
            if (at > from && (asked != Intent.None || ToldAsDone().IsMatch(run[from..at])) && AsksAnew(asked, intent, piece, byDay, run[from..at]))
            {
                yield return run[from..at].Trim();
                from = at;
                asked = intent;
            }
            else if (asked == Intent.None)
            {
                asked = intent;
            }
        }
        yield return run[from..].Trim();
    }

    /// <summary>
    /// A request of another kind: a reminder; a deal's change that says a stage or an amount, or asks for the amount just told
    /// ("…续约他们同意二十万金额改一下"); a ticket's; or, from a day, a report or a deadline ("…手机136…今天跟她开了个会",
    /// "…下周一之前把报价单发给他"). Nothing cuts into a reminder or a next step ("下一步改成月底前提交需求规格说明书") but another
    /// reminder: what follows them is what to be reminded of, or the step.
    /// </summary>
    private static bool AsksAnew(Intent asked, Intent intent, string piece, bool byDay, string before) =>
        intent != asked && intent != Intent.None
        && ((asked != Intent.CreateTask && !NextStepSaid().IsMatch(before)) || IntentClassifier.HasTaskCue(piece))
        && intent switch
        {
            Intent.UpdateDeal => !byDay && (IntentClassifier.HasMoney(piece) || IntentClassifier.HasStageChange(piece) || (IntentClassifier.HasMoney(before) && AmountAskedFor().IsMatch(piece))),
            Intent.LogActivity => byDay,
            Intent.CreateTask or Intent.UpdateTicket or Intent.CreateTicket => true,
            _ => false,
        };

    /// <summary>Where a request may start, in order: each cue (moved back over a day said right before it), and each day.</summary>
    private static List<(int At, bool ByDay)> PossibleStarts(string run)
    {
        var days = DateReader.FindAll(run, AnyToday).Where(d => d.Kind != DateKind.TimeOfDay).ToList();
        var starts = new SortedDictionary<int, bool> { [0] = false };
        foreach (var day in days)
            starts[day.Start] = true;
        foreach (Match cue in RequestCue().Matches(run))
        {
            var at = cue.Index;
            if (days.FirstOrDefault(d => d.EndIndex <= at && run.AsSpan(d.EndIndex, at - d.EndIndex).IsWhiteSpace()) is { Length: > 0 } dayBefore)
                starts[dayBefore.Start] = false;
            else
                starts[at] = false;
        }
        return [.. starts.Select(s => (s.Key, s.Value))];
    }

    /// <summary>"他们合作伙伴门户预算批下来了金额八万五…": something told as done, before a request, is no part of the request.</summary>
    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}了\s*$")]
    private static partial Regex ToldAsDone();

    [GeneratedRegex(@"下一步|\bnext steps?\b", RegexOptions.IgnoreCase)]
    private static partial Regex NextStepSaid();

    [GeneratedRegex(@"^金额(?:也)?(?:改|更新|调整?)(?:一下|下)?(?:吧)?$")]
    private static partial Regex AmountAskedFor();

    [GeneratedRegex(@"^(?<day>.+?)(?:之前|以前|前)$")]
    private static partial Regex Deadline();

    // "…提醒我…", "…金额十四万…", "…阶段改成…", "…推到方案报价…", "…预计月底签…", "…帮我在T-606加个备注…": each may start a request mid-run,
    // and so may a price said to be agreed ("…通了电话 价格谈下来了八万二…"), which is the deal's amount.
    [GeneratedRegex(@"(?:提醒我|提醒一下|别忘了|记得(?!了)|金额|阶段|(?:推|改|调)到|预计|帮我|麻烦帮我|(?:价格|价钱)(?=(?:也|最后|最终|终于)?(?:谈|敲定|定|砍)))")]
    private static partial Regex RequestCue();
}
