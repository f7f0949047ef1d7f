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

    /// <summary>
    /// "那就只记一下这个电话", "行吧 那只记通话" after "跟恒通王经理通了电话 扫码枪好了 把T-603关掉" was refused: only the part of the
    /// refused request that logged the conversation, asked again (with its customer, person and what it told); null otherwise.
    /// </summary>
    public static string? OnlyItsActivity(string text, ReadTopic shown)
    {
        if (shown.RefusedRequest is not { } refused || !OnlyLogIt().IsMatch(text) || Language.Vocabulary.ActivityTypes(text).Count == 0)
            return null;
        var logged = ClauseSplitter.Split(refused).Where(c => c.Intent == Intent.LogActivity).Select(c => c.Text).ToList();
        return logged.Count == 0 ? null : string.Join("，", logged);
    }

    [GeneratedRegex(@"\b(?:him|her|them)\b|[他她]", RegexOptions.IgnoreCase)]
    private static partial Regex Person();

    // "那就只记一下这个电话", "行吧 那只记通话", "好吧 就记录这次拜访吧": asked to log the conversation and nothing more.
    [GeneratedRegex(@"^(?:(?:那|那就|好吧|行吧|好的|好|行|嗯|算了)[\s,，]*)*(?:就|先)?(?:只|就)?(?:帮我)?(?:记|录|登记|记录)(?:一下|下)?(?:这个|这通|那个|那通|这次|那次)?[^，,。；;\s]{1,6}?(?:就行|就好|就可以|吧)?[。！!]*$")]
    private static partial Regex OnlyLogIt();
}
