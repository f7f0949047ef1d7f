using System.Text.RegularExpressions;
using Crm.Skills.Understanding.Language;
using Crm.Skills.Understanding.Plan;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// "Actually it was a meeting", "sorry, I meant 65k", "不对，是二十二万": the previous message's writes
/// with the corrected values, to be written instead of them (never as a second record).
/// Returns null when the message is not a correction of what was last written.
/// </summary>
public static partial class CorrectionInterpreter
{
    public static IReadOnlyList<PlannedAction>? Amend(string text, LastWrite last, TurnContext ctx)
    {
        if (!CorrectionCues.StartsWithCorrection(text, out var rest) && !Cue().IsMatch(text))
            return null;
        var body = rest > 0 ? text[rest..] : Cue().Replace(text, "");
        var type = Vocabulary.ActivityTypes(body).Where(m => !m.Negated).Select(m => (Data.Activities.ActivityType?)m.Value).FirstOrDefault()
            ?? (TypeWord().IsMatch(body) ? ActivityBuilder.TypeOf(body) : null);
        var amount = DealBuilder.AmountOf(body);
        var stage = Vocabulary.DealStages(body).Where(m => !m.Negated).Select(m => (Data.Deals.DealStage?)m.Value).FirstOrDefault();
        var past = DateReader.FindAll(body, ctx.Dates(DateDirection.Past)).Select(d => (DateOnly?)d.Date).FirstOrDefault();
        var future = DateReader.FindAll(body, ctx.Dates(DateDirection.Future)).Select(d => (DateOnly?)d.Date).FirstOrDefault();
        var changed = false;
        var amended = last.Actions.Select(action =>
        {
            PlannedAction result = action switch
            {
                LogActivity a when type is not null || past is not null => a with
                {
                    Type = type ?? a.Type,
                    OccurredAtUtc = past is { } day ? ctx.InstantFor(day, null) : a.OccurredAtUtc,
                },
                UpdateDeal d when amount is not null || stage is not null || (future is not null && d.CloseDate is not null) => d with
                {
                    Amount = amount ?? d.Amount,
                    Stage = stage ?? d.Stage,
                    CloseDate = future is not null && d.CloseDate is not null ? future : d.CloseDate,
                },
                CreateDeal d when amount is not null || future is not null => d with
                {
                    Amount = amount ?? d.Amount,
                    CloseDate = future ?? d.CloseDate,
                },
                CreateTask t when future is not null => t with { DueAt = future },
                _ => action,
            };
            changed |= !ReferenceEquals(result, action);
            return result;
        }).ToList();
        return changed ? amended : null;
    }

    [GeneratedRegex(@"^(?:actually|sorry|oops|no|correction|i meant|make that|wait)\b[\s,]*(?:i meant|it was|it's|make (?:it|that)|should be)?|^(?:不对|错了|说错了|应该是|更正|纠正一下)[\s,，]*(?:是|应该是)?", RegexOptions.IgnoreCase)]
    private static partial Regex Cue();

    [GeneratedRegex(@"\b(?:call|meeting|visit|email|note|met|visited|called)\b|电话|会议|开会|拜访|邮件|见面|备注", RegexOptions.IgnoreCase)]
    private static partial Regex TypeWord();
}
