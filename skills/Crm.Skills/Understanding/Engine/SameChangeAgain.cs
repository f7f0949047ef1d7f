using System.Text.RegularExpressions;
using Crm.Skills.Understanding.Plan;
using Crm.Skills.Understanding.Reading;
using Crm.Skills.Understanding.Resolution;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// "云帆物流的单子推到需求挖掘" → "康宁那个也一样", "same for Harbor", "Harbor too": the change just made to one deal, made
/// again to the deal the message names, when only one deal fits; otherwise the message is read as any other.
/// </summary>
public static partial class SameChangeAgain
{
    public static UpdateDeal? For(string text, LastWrite last, TurnContext ctx)
    {
        if (Same().Match(text) is not { Success: true } same || last.Actions.OfType<UpdateDeal>().ToList() is not [var change])
            return null;
        return OnTheDealNamed(text.Remove(same.Index, same.Length).Trim(), change, text, ctx);
    }

    /// <summary>
    /// "push the Globex renewal close to Jan 5", refused (not a deal of the user's team) → "fine. Woodgrove then, same date",
    /// "same for Woodgrove": the change that was not made, asked of the deal the message names instead.
    /// </summary>
    public static UpdateDeal? Instead(string text, UpdateDeal refused, TurnContext ctx)
    {
        var said = Instead().Match(text) is { Success: true } instead ? instead.Groups["named"].Value
            : Same().Match(text) is { Success: true } same ? text.Remove(same.Index, same.Length)
            : null;
        return said is null ? null : OnTheDealNamed(said.Trim(), refused, text, ctx);
    }

    private static UpdateDeal? OnTheDealNamed(string named, UpdateDeal change, string text, TurnContext ctx)
    {
        // Only a record is named besides: "move Harbor to proposal too" asks for a change of its own.
        if (named.Length == 0 || IntentClassifier.Classify(named) != Intent.None)
            return null;
        var account = AccountResolver.Resolve(ctx.Index, named);
        var deal = DealResolver.Resolve(ctx.Index, named, account.IsUnique ? account.Id : null, null, needed: false);
        ctx.Explain.Reference("deal", deal);
        return deal is { IsUnique: true, Id: { } id } && id != change.DealId ? change with { DealId = id, FromText = text } : null;
    }

    // "fine. Woodgrove then, same date", "ok, the Harbor one instead": another deal, and nothing else.
    [GeneratedRegex(@"^(?:(?:fine|ok(?:ay)?|alright|all right|right|sure|oh|well|no worries)[.,!]*\s*)*(?:(?:then|do|try|what about|how about)\s+)?(?<named>[^,.;!?，。；！？]+?)\s+(?:then|instead)\b[.,!]*\s*(?:(?:the\s+)?same\s+(?:date|stage|amount|change|thing|one)|do the same|same again)?\s*[.!]?$", RegexOptions.IgnoreCase)]
    private static partial Regex Instead();

    [GeneratedRegex(@"(?:的|那个|那单|这个)?\s*(?:也一样|也是一样|也同样|也照此|也这样|也这么(?:改|办)|也照这个(?:改|办)|同样处理|一样处理)(?:吧|哈|啊)?\s*[。！!.]?$|^(?:(?:and|also|ok(?:ay)?|now)[,\s]+)*(?:same|do the same|same thing|ditto)\s+(?:for|with|on)\s+|\s+(?:too|as well)\s*[.!]?$", RegexOptions.IgnoreCase)]
    private static partial Regex Same();
}
