using System.Text.RegularExpressions;
using Crm.Skills.Understanding.Plan;
using Crm.Skills.Understanding.Reading;
using Crm.Skills.Understanding.Resolution;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// "move the WWI deal to negotiation, Sofia says they're ready to sign" (refused: support may not change deals) → "ok then
/// just log the call with her": "her" is the person the refused request named, and the call was about what it told
/// (Sofia says they're ready to sign), not the words asking to log it.
/// </summary>
public static partial class RefusedRequest
{
    /// <summary>The topic with the person the refused request named at its customer, when the message says "him" or "her".</summary>
    public static Bindings WithItsPerson(Bindings topic, string text, ReadTopic shown, TurnContext ctx) =>
        topic.ContactId is null && shown.RefusedRequest is { } refused && topic.AccountId is { } account && Person().IsMatch(text)
        && ContactResolver.Resolve(ctx.Index, refused, account) is { IsUnique: true, Id: { } person }
            ? topic with { ContactId = person }
            : topic;

    /// <summary>An activity logged with nothing said of it takes what the refused request told beside its request.</summary>
    public static Understood WithWhatItTold(Understood understood, ReadTopic shown)
    {
        if (shown.RefusedRequest is not { } refused || understood is not WriteRequest write
            || write.Actions.OfType<LogActivity>().FirstOrDefault(a => ActivityBuilder.SaysNothingOfIt(a.Summary)) is not { } call)
            return understood;
        var told = TextParts.Tidy(string.Join(", ", ClauseSplitter.Split(refused).SelectMany(c => c.Segments.Skip(1))));
        return told.Length == 0 ? understood
            : write with { Actions = [.. write.Actions.Select(a => ReferenceEquals(a, call) ? call with { Summary = told } : a)] };
    }

    [GeneratedRegex(@"\b(?:him|her|them)\b|[他她]", RegexOptions.IgnoreCase)]
    private static partial Regex Person();
}
