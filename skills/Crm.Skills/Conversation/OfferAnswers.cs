using Crm.Skills.Results;
using Crm.Skills.Understanding.Engine;
using Crm.Skills.Understanding.Language;
using Crm.Skills.Understanding.Plan;

namespace Crm.Skills.Conversation;

/// <summary>
/// The answer to "apply these follow-ups?" after a transcript: "apply all", "yes", "全部", "2", "apply 1", "第一个",
/// "just the first one", "报价那个加上就行，培训计划不用", "do both but make the second one due thursday", "no thanks".
/// The message may ask for more beside it ("yes please, and set T-509 to waiting on customer", "金额改成二十七万，待办也加上"):
/// that rest is read as a request of its own and written with the offers picked, in one change set. A message that
/// does not answer the offer ("ok update the renewal amount to 66k") is a new message and the offer lapses.
/// </summary>
public static class OfferAnswers
{
    /// <summary>What the message made of the offer, and what else it said; null when it does not answer the offer.</summary>
    public static OfferAnswer? Read(string text, ConversationState state, TurnContext ctx)
    {
        if (state.Pending is not { Slot: SlotKind.Offer } pending || pending.Offers.Count == 0)
            return null;
        var picks = OfferPicks.Read(text, pending.Offers, ctx);
        if (picks is null)
            return null;
        var chosen = picks.Chosen.Select(i => picks.DueDates.TryGetValue(i, out var due) && pending.Offers[i] is CreateTask task ? task with { DueAt = due } : pending.Offers[i]).ToList();
        return new OfferAnswer(chosen, picks.Rest, LanguageDetector.IsChinese(text));
    }
}

/// <summary>The offers picked (maybe none: "no thanks") and the rest of the message, to be read as a request.</summary>
public sealed record OfferAnswer(IReadOnlyList<PlannedAction> Chosen, string? Rest, bool Chinese)
{
    /// <summary>The offers picked alone, or "OK, I won't add them" when none was.</summary>
    public Understood Alone(TurnContext ctx) => Chosen.Count > 0
        ? new WriteRequest(Chosen) { Explanation = ctx.Explain.Build("apply follow-ups offered after the transcript", Chosen.Select(c => c.ToString())) }
        : new DirectReply(ChatInterpreter.Declined(Chinese)) { Explanation = ctx.Explain.Build("the follow-ups offered were declined", []) };

    /// <summary>
    /// The offers picked with what the rest of the message asked: written together when the rest is a write; a question
    /// or refusal about the rest stands alone, since nothing is written until all of the message can be.
    /// </summary>
    public Understood With(Understood rest, TurnContext ctx) => rest switch
    {
        WriteRequest write => write with
        {
            Actions = [.. Chosen, .. write.Actions],
            Explanation = ctx.Explain.Build("apply follow-ups offered after the transcript, and the rest of the message", [.. Chosen.Concat(write.Actions).Select(a => a.ToString())]),
        },
        Question or DirectReply { Result: RefusalResult } => rest,
        _ when Chosen.Count == 0 => rest,
        _ => Alone(ctx),
    };
}
