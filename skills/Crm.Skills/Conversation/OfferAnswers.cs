using System.Text.RegularExpressions;
using Crm.Skills.Understanding.Engine;
using Crm.Skills.Understanding.Language;
using Crm.Skills.Understanding.Plan;

namespace Crm.Skills.Conversation;

/// <summary>
/// The answer to "apply these follow-ups?" after a transcript: "apply all", "yes", "全部", "2",
/// "apply 1", "第一个". Anything else is a new message and the offer lapses.
/// </summary>
public static partial class OfferAnswers
{
    public static Understood? TryAccept(string text, ConversationState state, TurnContext ctx)
    {
        if (state.Pending is not { Slot: SlotKind.Offer } pending || pending.Offers.Count == 0)
            return null;
        var answer = text.Trim();
        IReadOnlyList<PlannedAction>? chosen = null;
        if (All().IsMatch(answer))
            chosen = pending.Offers;
        else
        {
            var apply = Apply().Match(answer);
            var pickText = apply.Success ? apply.Groups["n"].Value : answer;
            if (OrdinalReader.TryRead(pickText, out var n))
            {
                var i = n == OrdinalReader.Last ? pending.Offers.Count : n;
                if (i >= 1 && i <= pending.Offers.Count)
                    chosen = [pending.Offers[i - 1]];
            }
        }
        if (chosen is null)
            return null;
        return new WriteRequest(chosen) { Explanation = ctx.Explain.Build("apply follow-ups offered after the transcript", chosen.Select(c => c.ToString())) };
    }

    [GeneratedRegex(@"^(?:apply |do |add )?(?:all|both|everything|all of them)\b|^(?:yes|yep|sure|ok|okay)\b|^(?:全部|都要|都加上|全部应用|好的?|可以|是的)", RegexOptions.IgnoreCase)]
    private static partial Regex All();

    [GeneratedRegex(@"^(?:apply|add|do|应用)\s*(?<n>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Apply();
}
