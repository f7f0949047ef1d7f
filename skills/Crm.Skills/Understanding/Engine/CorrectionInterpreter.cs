using System.Text.RegularExpressions;
using Crm.Skills.Understanding.Language;
using Crm.Skills.Understanding.Plan;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// "Actually it was a meeting", "sorry, I meant 65k", "actually it was with Owen", "sorry, that was for
/// Harbor", "不对，是二十二万": the previous message's writes with the corrected values, to be written
/// instead of them (never as a second record). Returns null when the message is not a correction of
/// what was last written.
/// </summary>
public static partial class CorrectionInterpreter
{
    public static IReadOnlyList<PlannedAction>? Amend(string text, LastWrite last, TurnContext ctx)
    {
        if (!CorrectionCues.StartsWithCorrection(text, out var rest) && !Cue().IsMatch(text))
            return null;
        // "it was Victor, not Hannah", "是刘工不是赵经理": what it was not is only the mistake being named.
        var body = NotThat().Replace(rest > 0 ? text[rest..] : Cue().Replace(text, ""), "");
        var said = CorrectionValues.Read(body, ctx);
        var changed = false;
        var amended = last.Actions.Select(action =>
        {
            var result = Amendments.Apply(action, said, ctx);
            changed |= !ReferenceEquals(result, action);
            return result;
        }).ToList();
        return changed ? amended : null;
    }

    [GeneratedRegex(@"^(?:actually|sorry|oops|no|correction|i meant|make that|wait)\b[\s,]*(?:i meant|it was|it's|make (?:it|that)|should be)?|^(?:不对|错了|说错了|应该是|更正|纠正一下)[\s,，]*(?:是|应该是)?", RegexOptions.IgnoreCase)]
    private static partial Regex Cue();

    [GeneratedRegex(@"(?:,\s*)?\b(?:not|rather than|instead of)\s+[^,.;]+|[，,]?\s*(?:而)?不是[^，,。；;]+", RegexOptions.IgnoreCase)]
    private static partial Regex NotThat();
}
