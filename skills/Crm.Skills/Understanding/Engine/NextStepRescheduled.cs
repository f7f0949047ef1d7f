using System.Text.RegularExpressions;
using Crm.Skills.Understanding.Index;
using Crm.Skills.Understanding.Language;
using Crm.Skills.Understanding.Reading;
using Crm.Skills.Understanding.Resolution;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// "智远招生系统的方案讲解推到三周后", "initech license expansion - redlines are now due next week thursday": what is pushed
/// or due is the deal's next step, named by its words, so the step's due date moves, not the deal's close date. A close
/// said in so many words ("关单", "close date") is still the close.
/// </summary>
public static partial class NextStepRescheduled
{
    /// <summary>
    /// The step's new due date when the text names the deal's next step and moves it to a day (or by a span); else null.
    /// A step told with a stage change ("demo went well, moving to proposal next week") was taken, not moved; a step
    /// whose own words name a stage ("Redlines") is no stage change.
    /// </summary>
    public static DateOnly? Due(string text, IndexedDeal deal, DateContext dates)
    {
        if (!Moved().IsMatch(text) || !NamesTheStep(text, deal)
            || IntentClassifier.HasStageChange(Regex.Replace(text, Regex.Escape(deal.NextStep!), " ", RegexOptions.IgnoreCase)))
            return null;
        if (DateShifts.Read(text) is { } span)
            return deal.NextStepDue is { } due ? span.From(due) : null;
        return DateReader.FindAll(text, dates).Where(d => d.Kind != DateKind.Period).Select(d => (DateOnly?)d.Date).FirstOrDefault();
    }

    /// <summary>
    /// A message that asks for nothing else names a deal, its next step and a new day for it ("redlines are now due
    /// Thursday"), so it is a change of the deal.
    /// </summary>
    public static bool IsSaid(string text, TurnContext ctx)
    {
        var account = AccountResolver.Resolve(ctx.Index, text);
        var deal = DealResolver.Resolve(ctx.Index, text, account.IsUnique ? account.Id : null, null, needed: false);
        return deal.IsUnique && ctx.Index.Deals.TryGetValue(deal.Id!, out var named) && Due(text, named, ctx.Dates(DateDirection.Future)) is not null;
    }

    // Most of the step's words are said ("the redlines" for "Redlines", "方案讲解" for "方案讲解"), and not the close.
    private static bool NamesTheStep(string text, IndexedDeal deal)
    {
        if (deal.NextStep is not { Length: > 0 } step || CloseNamed().IsMatch(text))
            return false;
        var stepWords = ContentWords.Of(step);
        var said = ContentWords.Of(text);
        return stepWords.Count > 0 && stepWords.Count(said.Contains) >= Math.Ceiling(stepWords.Count * 0.6);
    }

    [GeneratedRegex(@"\bclos(?:e|es|ed|ing)\b|\bsign(?:ed|ing|ature)?\b|关单|成交|签约|签单|签合同", RegexOptions.IgnoreCase)]
    private static partial Regex CloseNamed();

    [GeneratedRegex(@"\bdue\b|\b(?:mov|push|pull|slipp|delay|postpon|reschedul|bump)(?:e|es|ed|ing|s)?\b|推|延|改到|挪到|提前|定在|安排在|约在|放到", RegexOptions.IgnoreCase)]
    private static partial Regex Moved();
}
