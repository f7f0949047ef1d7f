using Crm.Data.Activities;
using Crm.Skills.Conversation;
using Crm.Skills.Invoking;
using Crm.Skills.Results;
using Crm.Skills.Understanding.Engine;
using Crm.Skills.Understanding.Plan;

namespace Crm.Skills.Understanding.Llm;

/// <summary>
/// Carries out a <see cref="ModelAnswer"/> like any other understanding: its writes through the
/// invoker as one change set, then its offers as choices that wait in conversation state for
/// "apply 1" / "apply all", exactly as a transcript's follow-ups do.
/// </summary>
public static class ModelAnswers
{
    /// <summary>The model's answer when it is the whole reply: longer than a remark, still bounded.</summary>
    private const int MaxAnswer = 1500;

    public static async Task<(IReadOnlyList<SkillResult> Parts, ConversationState Next)> CarryOutAsync(
        MessageScope message, ModelAnswer answer, ConversationState state, bool chinese, CancellationToken ct)
    {
        var parts = new List<SkillResult>();
        var next = state with { Pending = null };
        if (answer.Writes.Count > 0)
        {
            var ids = await PlanExecutor.RunAsync(message, answer.Writes, ct);
            var outcome = await message.CommitAsync(ct);
            if (outcome is not ChangeResult change)
                return ([outcome ?? new MessageResult(chinese ? "没有做任何修改。" : "Nothing was changed.")], next);
            parts.Add(change);
            if (answer.Remark is { } remark)
                parts.Add(new MessageResult(remark));
            next = new ConversationState { LastWrite = new LastWrite(change.ChangeSetId, answer.Writes, ids) };
        }
        parts.AddRange(answer.Shown);
        if (answer.Offers.Count > 0)
        {
            parts.Add(Offer(answer, chinese));
            var pending = new PendingQuestion("", default, ActivitySource.Chat, Bindings.Empty, SlotKind.Offer, []) { Offers = answer.Offers };
            next = next with { Pending = pending };
        }
        // Nothing written or shown: the model's own words are the reply (often a question), before any offer.
        if (answer.Writes.Count == 0 && answer.Shown.Count == 0 && (parts.Count == 0 || !string.IsNullOrWhiteSpace(answer.Text)))
        {
            var said = string.IsNullOrWhiteSpace(answer.Text) ? "" : ModelRemark.Safe(answer.Text, MaxAnswer);
            parts.Insert(0, new MessageResult(said.Length == 0 ? (chinese ? "没有做任何修改。" : "Nothing was changed.") : said));
            if (answer.AskedAbout is not null && answer.Text is { } asked)
                next = next with { Asked = new ModelQuestion(answer.AskedAbout, asked.Trim()) };
        }
        return (parts, next);
    }

    private static ClarificationResult Offer(ModelAnswer answer, bool chinese)
    {
        var choices = answer.Offers.Select((o, i) => i < answer.OfferChanges.Count
            ? new Choice(OfferTitles.Plain(o, answer.OfferChanges[i]), $"apply {i + 1}") { Offer = answer.OfferChanges[i] }
            : new Choice(o.Function, $"apply {i + 1}")).ToList();
        if (choices.Count > 1)
            choices.Add(new Choice(chinese ? "全部添加" : "Apply all", "apply all"));
        var question = answer.Transcript
            ? (chinese ? "我还听到了这些后续事项，要添加吗？" : "I also heard these follow-ups. Shall I add any of them?")
            // Beside what was written, the user did ask for a change, just not this one.
            : answer.Writes.Count > 0
                ? (chinese ? "这项您没有要求，但可以一并更新，要应用吗？" : "You didn't ask for this as well, but I could do it. Shall I?")
                : (chinese ? "您没有要求修改，但可以这样更新，要应用吗？" : "You didn't ask me to change anything, but I could do this. Shall I?");
        return new ClarificationResult(question, choices);
    }
}
