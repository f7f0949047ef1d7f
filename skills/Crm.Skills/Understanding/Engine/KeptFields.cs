using System.Text.RegularExpressions;
using Crm.Skills.Understanding.Language;
using Crm.Skills.Understanding.Plan;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// "actually leave the stage alone, just make the amount 80k", "算了 阶段先不动 把金额改成八万就行": right after a deal
/// was changed, a field the message keeps as it was is taken out of that change (and so goes back), and the rest of
/// the message corrects what is left.
/// </summary>
public static partial class KeptFields
{
    /// <summary>
    /// The last write's actions with the kept fields taken out of its deal changes, and the message without the words
    /// that kept them; null when the message keeps no field the last write changed.
    /// </summary>
    public static (IReadOnlyList<PlannedAction> Actions, string Remaining)? Read(string text, LastWrite last)
    {
        var kept = Kept().Matches(text);
        if (kept.Count == 0 || !last.Actions.Any(a => a is UpdateDeal))
            return null;
        var fields = kept.Select(m => Field(m.Groups["field"].Value)).ToHashSet();
        var changed = false;
        var actions = last.Actions.Select(action =>
        {
            if (action is not UpdateDeal deal || Without(deal, fields) is not { } less)
                return action;
            changed = true;
            return less;
        }).ToList();
        return changed ? (actions, Leading().Replace(Kept().Replace(text, " "), "").Trim(' ', ',', '，', '.', '。')) : null;
    }

    /// <summary>
    /// "move it to negotiation no wait leave the stage and just change the amount to 145k", "推到谈判 哦不 阶段先不动 金额改成八万":
    /// a field kept right after a correction cue takes back what the same message said of it.
    /// </summary>
    public static IReadOnlyList<PlannedAction> TakeBackInMessage(string text, IReadOnlyList<PlannedAction> actions)
    {
        var fields = Kept().Matches(text).Where(m => SelfCorrections.CueEndsAt(text, m.Index)).Select(m => Field(m.Groups["field"].Value)).ToHashSet();
        fields.UnionWith(NotYetSaid(text));
        return fields.Count == 0 ? actions : [.. actions.Select(a => a is UpdateDeal deal && Without(deal, fields) is { } less ? less : a)];
    }

    /// <summary>
    /// "mark the dealer portal as won no wait not yet, just move the close date", "标成赢单 哦不 还没 把关单日期改到12月10号": a change
    /// said and then called too early right after a correction cue is taken back; the field is the one whose value was said
    /// last before the cue (the stage "won" here).
    /// </summary>
    private static IEnumerable<DealField> NotYetSaid(string text)
    {
        foreach (Match notYet in NotYet().Matches(text))
        {
            if (!SelfCorrections.CueEndsAt(text, notYet.Index))
                continue;
            var said = ValueSpans.FindAll(text).Where(v => v.End <= notYet.Index && v.Kind is ValueSpans.Kind.Stage or ValueSpans.Kind.Number or ValueSpans.Kind.Date)
                .OrderBy(v => v.End).LastOrDefault();
            if (said.End > 0)
                yield return said.Kind switch { ValueSpans.Kind.Stage => DealField.Stage, ValueSpans.Kind.Number => DealField.Amount, _ => DealField.CloseDate };
        }
    }

    // "not yet", "hold off", "never mind that", "还没", "先不要": what was just said is not to be done now.
    [GeneratedRegex(@"\b(?:not\s+yet|hold\s+off|never\s*mind(?:\s+that)?)\b|还没|还不行|先不要|先别", RegexOptions.IgnoreCase)]
    private static partial Regex NotYet();

    private static UpdateDeal? Without(UpdateDeal deal, HashSet<DealField> fields)
    {
        var less = deal with
        {
            Stage = fields.Contains(DealField.Stage) ? null : deal.Stage,
            Amount = fields.Contains(DealField.Amount) ? null : deal.Amount,
            CloseDate = fields.Contains(DealField.CloseDate) ? null : deal.CloseDate,
            NextStep = fields.Contains(DealField.NextStep) ? null : deal.NextStep,
            NextStepDue = fields.Contains(DealField.NextStep) ? null : deal.NextStepDue,
        };
        return less == deal ? null : less;
    }

    private enum DealField { Stage, Amount, CloseDate, NextStep }

    private static DealField Field(string said) => said.ToLowerInvariant() switch
    {
        "stage" or "阶段" => DealField.Stage,
        "amount" or "value" or "金额" or "价格" => DealField.Amount,
        "next step" or "下一步" => DealField.NextStep,
        _ => DealField.CloseDate,
    };

    private const string English = @"(?<field>stage|amount|value|close date|closing date|next step)";
    private const string Chinese = @"(?<field>阶段|金额|价格|关单日期|成交日期|签约日期|下一步)";

    // "leave the stage alone", "keep the amount as it is", "don't change the close date", "the stage can stay";
    // "阶段先不动", "金额别改了", "先不动阶段", "阶段没变".
    [GeneratedRegex(@"\b(?:leave|keep)\s+the\s+" + English + @"(?:\s+(?:alone|as\s+(?:it\s+is|is|it\s+was)|where\s+it\s+(?:is|was)|unchanged|the\s+same))?\b"
        + @"|\b(?:don'?t|do\s+not|no\s+need\s+to)\s+(?:change|move|touch|update)\s+the\s+" + English + @"\b"
        + @"|\bthe\s+" + English + @"\s+(?:stays|can\s+stay|should\s+stay)(?:\s+(?:as\s+it\s+(?:is|was)|the\s+same))?\b"
        // "the stage didn't change", "阶段没变": said right after the change, it did not happen, so it is taken back.
        + @"|\b(?:the\s+)?" + English + @"\s+(?:didn'?t|did\s+not|hasn'?t|has\s+not|doesn'?t|does\s+not)\s+(?:actually\s+)?change\b|\b(?:the\s+)?" + English + @"\s+is\s+(?:unchanged|the\s+same)\b"
        + @"|(?:把)?" + Chinese + @"(?:先|就|还是|暂时|也|其实)?(?:不动|别动|不用动|不要动|不改|不用改|别改|不要改|不变|没变|没有变|没改|没动|保持不变|保持原样|维持原样|照旧)(?:了|吧)?"
        + @"|(?:先|暂时)?(?:不动|别动|别改|不改)" + Chinese, RegexOptions.IgnoreCase)]
    private static partial Regex Kept();

    // "算了", "actually", "just": what is left once the kept field is taken out opens with no more than that.
    [GeneratedRegex(@"^[\s,，]*(?:(?:算了|还是|那|actually|oh|ok(?:ay)?|sorry|no|wait|just|only)[\s,，]*)+", RegexOptions.IgnoreCase)]
    private static partial Regex Leading();
}
