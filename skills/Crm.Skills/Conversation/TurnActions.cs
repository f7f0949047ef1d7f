using Crm.Skills.Invoking;
using Crm.Skills.Results;
using Crm.Skills.Tickets;
using Crm.Skills.Undo;
using Crm.Skills.Understanding.Engine;
using Crm.Skills.Understanding.Plan;

namespace Crm.Skills.Conversation;

/// <summary>
/// Carries out what the engine understood inside the message's scope and says what the
/// conversation state becomes. Questions and refusals write nothing; writes commit once.
/// </summary>
public static class TurnActions
{
    public static async Task<(IReadOnlyList<SkillResult> Parts, ConversationState Next)> CarryOutAsync(
        MessageScope message, Understood understood, ConversationState state, string userId, CancellationToken ct, bool chinese = false)
    {
        var cleared = state with { Pending = null, Refused = null, RefusedChange = null };
        switch (understood)
        {
            case WriteRequest write:
            {
                var ids = await PlanExecutor.RunAsync(message, write.Actions, ct);
                var outcome = await message.CommitAsync(ct);
                // Refused, its records are still there to point at: "T-603 改成已解决" refused, then "那在这个工单上加个备注：…".
                return outcome is ChangeResult change
                    ? ([change], new ConversationState { LastWrite = ShownWith(new LastWrite(change.ChangeSetId, write.Actions, ids), state.ReadAbout), EarlierWrite = state.LastWrite })
                    : ([outcome ?? Nothing(chinese)], cleared with
                    {
                        ReadAbout = TopicLeftBy(new LastWrite(0, write.Actions, [])) is { } left ? left with { RefusedRequest = write.Text } : cleared.ReadAbout,
                        Refused = RefusedValueOf(outcome, write.Text),
                        RefusedChange = outcome is RefusalResult { Reason: RefusalReason.NotPermitted } && write.Actions is [UpdateDeal refusedChange] ? refusedChange : null,
                    });
            }
            case Correction correction when (correction.OfEarlierWrite ? state.EarlierWrite : state.LastWrite) is { } corrected:
            {
                // An action the correction left as it was is not written again (a later message may have changed its record).
                for (var i = 0; i < correction.Amended.Count && !message.IsRefused; i++)
                {
                    var was = i < corrected.Actions.Count ? corrected.Actions[i] : null;
                    if (ReferenceEquals(correction.Amended[i], was))
                        continue;
                    // "no, I meant the analytics add-on": the deal changed by mistake goes back before the one meant changes.
                    // "leave the stage alone, just make it 80k": the deal goes back as it was, then takes what the change keeps.
                    if (was is UpdateDeal mistaken && correction.Amended[i] is UpdateDeal meant && (meant.DealId != mistaken.DealId || TakesBack(mistaken, meant)))
                        await message.RunAsync<UndoSkills>(s => s.RevertRecordAsync(corrected.ChangeSetId, mistaken.DealId, ct));
                    // "弄错了 是T-602": likewise the ticket changed by mistake.
                    if (was is UpdateTicket wrongTicket && correction.Amended[i] is UpdateTicket meantTicket && meantTicket.TicketId != wrongTicket.TicketId)
                        await message.RunAsync<UndoSkills>(s => s.RevertRecordAsync(corrected.ChangeSetId, wrongTicket.TicketId, ct));
                    // "不对 是三号仓": the note just added goes back, and the note as corrected is added instead.
                    if (was is UpdateTicket { Comment: { } wrongNote } && correction.Amended[i] is UpdateTicket { Comment: { } rightNote } renoted
                        && rightNote != wrongNote && i < corrected.RecordIds.Count && corrected.RecordIds[i] is { } noteId)
                    {
                        await message.RunAsync<UndoSkills>(s => s.RevertRecordAsync(corrected.ChangeSetId, noteId, ct));
                        await message.RunAsync<TicketSkills>(s => s.AddCommentAsync(renoted.TicketId, rightNote, ct));
                        continue;
                    }
                    if (correction.Amended[i] is not UpdateDeal { IsEmpty: true })
                        await PlanExecutor.AmendAsync(message, correction.Amended[i], i < corrected.RecordIds.Count ? corrected.RecordIds[i] : null, ct);
                }
                var outcome = await message.CommitAsync(ct);
                var amended = corrected with { ChangeSetId = outcome is ChangeResult c ? c.ChangeSetId : 0, Actions = correction.Amended, ByCorrection = true };
                return outcome is ChangeResult change
                    ? ([change], correction.OfEarlierWrite
                        ? new ConversationState { LastWrite = amended, EarlierWrite = state.LastWrite }
                        : new ConversationState { LastWrite = amended, EarlierWrite = state.EarlierWrite })
                    : ([outcome ?? Nothing(chinese)], cleared);
            }
            case UndoRequest:
            {
                var undone = await message.RunAsync<UndoSkills>(s => s.UndoLastAsync(ct));
                var outcome = await message.CommitAsync(ct);
                return ([undone is UndoResult ? undone : outcome ?? undone],
                    new ConversationState { ReadAbout = TopicLeftBy(state.LastWrite), Undone = undone is UndoResult && state.LastWrite is { ByCorrection: false } ? state.LastWrite : null });
            }
            case ReadQuery { Read: PipelinesRead several }:
            {
                var each = new List<SkillResult>();
                foreach (var one in several.Each)
                    each.Add(await ReadExecutor.RunAsync(message, one, ct));
                return (each, cleared);
            }
            case ReadQuery read:
            {
                var shown = await ReadExecutor.RunAsync(message, read.Read, ct);
                return ([shown], TopicOf(shown, read.Read) is { } topic ? cleared with { ReadAbout = topic } : cleared);
            }
            case Question question:
                return ([question.Clarification], state with { Pending = question.Pending, Refused = null, RefusedChange = null });
            case DirectReply reply:
                return ([reply.Result], cleared with { Refused = reply.Refused });
            case TranscriptLog transcript:
                return await TranscriptAsync(message, transcript, ct);
            case Understanding.Llm.ModelAnswer answer:
                return await Understanding.Llm.ModelAnswers.CarryOutAsync(message, answer, state, chinese, ct);
            default:
                return ([Nothing(chinese)], cleared);
        }
    }

    /// <summary>A field the earlier change set that the correction no longer sets: it goes back to what it was.</summary>
    private static bool TakesBack(UpdateDeal was, UpdateDeal meant) =>
        (was.Stage is not null && meant.Stage is null) || (was.Amount is not null && meant.Amount is null)
        || (was.CloseDate is not null && meant.CloseDate is null) || (was.NextStep is not null && meant.NextStep is null);

    /// <summary>
    /// The records a read showed, for the next message to refer to, and the pipeline, deal list or ticket list asked for,
    /// for the next message to change ("那团队这季度呢", "what about resolved ones"); null after a read that leaves neither.
    /// </summary>
    private static ReadTopic? TopicOf(SkillResult shown, ReadRequest read) => (shown, AskedOf(read)) switch
    {
        (TicketListResult l, _) when read is TicketListRead tickets => new ReadTopic(null, [], [.. l.Tickets.Select(t => t.Ticket.Id).Take(ShownAtMost)], TicketsAsked: tickets),
        (var result, var asked) => TopicOf(result, asked),
    };

    private static ReadTopic? TopicOf(SkillResult shown, DealsAsked? asked) => shown switch
    {
        CustomerSummaryResult s => new ReadTopic(s.Account.Id, [.. s.OpenDeals.Select(d => d.Id).Take(ShownAtMost)], [.. s.OpenTickets.Select(t => t.Id).Take(ShownAtMost)]),
        HistoryResult h => new ReadTopic(h.Account.Id, [], []),
        ContactResult c => new ReadTopic(c.Contact.AccountId, [], [], ContactId: c.Contact.Id),
        DealListResult { Deals.Count: > 0 } l => new ReadTopic(null, [.. l.Deals.Select(d => d.Deal.Id).Take(ShownAtMost)], [], asked),
        // "move the biggest one to proposal" after "what's my pipeline?": the deals it counted, when few enough to point into.
        PipelineResult { DealIds.Count: > 0 and <= ShownAtMost } p => new ReadTopic(null, p.DealIds, [], asked),
        TicketListResult { Tickets.Count: > 0 } l => new ReadTopic(null, [], [.. l.Tickets.Select(t => t.Ticket.Id).Take(ShownAtMost)]),
        _ => asked is null ? null : new ReadTopic(null, [], [], asked),
    };

    /// <summary>
    /// The write, with the list it picked its deal or ticket from and that list's other deals ("mark it won" after a list of
    /// two); a summary of one customer is no list to pick from.
    /// </summary>
    private static LastWrite ShownWith(LastWrite write, ReadTopic? shown)
    {
        var (_, _, deal, ticket) = PreviousTopic.RecordsOf(write);
        if (shown is { Deals.Count: > 1 } && deal is not null && shown.Deals.Contains(deal))
            write = write with { ShownWith = [.. shown.Deals.Where(d => d != deal)] };
        var pickedFromList = shown is { AccountId: null } && ((deal is not null && shown.Deals.Count > 1 && shown.Deals.Contains(deal))
            || (ticket is not null && shown.Tickets.Count > 1 && shown.Tickets.Contains(ticket)));
        return pickedFromList ? write with { PickedFrom = shown } : write;
    }

    /// <summary>
    /// What a write just undone or refused was about, so "just set it to qualified, leave the amount alone" can redo part of it.
    /// Kept as a read's topic: the records are still there to point at, but there is no write left to correct.
    /// </summary>
    private static ReadTopic? TopicLeftBy(LastWrite? write)
    {
        if (write is null)
            return null;
        var (account, contact, deal, ticket) = PreviousTopic.RecordsOf(write);
        // "Nancy's new email is …" → "undo" → "her phone is … though": the person of the change undone is still "her".
        return deal is null && ticket is null
            ? account is null && contact is null ? null : new ReadTopic(account, [], [], ContactId: contact)
            : new ReadTopic(null, deal is null ? [] : [deal], ticket is null ? [] : [ticket]);
    }

    /// <summary>
    /// A phone number or address the skill found invalid, with the message that gave it, so "少打了一位，是 13555000039"
    /// can send the message again with the number corrected.
    /// </summary>
    private static RefusedValue? RefusedValueOf(SkillResult? outcome, string? text) =>
        outcome is RefusalResult { Reason: RefusalReason.InvalidValue, Field: var field, Value: { Length: > 0 } value } && field is "phone" or "email"
        && text is not null && text.Contains(value, StringComparison.Ordinal)
            ? new RefusedValue(text, field, value)
            : null;

    private static DealsAsked? AskedOf(ReadRequest read) => read switch
    {
        PipelineRead p => new DealsAsked(Pipeline: true, p.Whose, p.Period),
        DealListRead l => new DealsAsked(Pipeline: false, l.Whose, l.Period) { Stage = l.Stage, OpenOnly = l.OpenOnly, Filter = l.Filter },
        _ => null,
    };

    /// <summary>Enough for any list a person reads and points into; the state stays small.</summary>
    private const int ShownAtMost = 25;

    private static async Task<(IReadOnlyList<SkillResult>, ConversationState)> TranscriptAsync(MessageScope message, TranscriptLog transcript, CancellationToken ct)
    {
        var ids = await PlanExecutor.RunAsync(message, [transcript.Activity, .. transcript.Reminders], ct);
        var outcome = await message.CommitAsync(ct);
        var chinese = Understanding.Language.LanguageDetector.IsChinese(transcript.Activity.FromText);
        if (outcome is not ChangeResult change)
            return ([outcome ?? Nothing(chinese)], new ConversationState());
        var choices = transcript.Offers.Select((o, i) => new Choice(transcript.Titles.TryGetValue(o, out var title) ? title : Label(o, chinese), $"apply {i + 1}")).ToList();
        if (choices.Count > 1)
            choices.Add(new Choice(chinese ? "全部添加" : "Apply all", "apply all"));
        var question = choices.Count > 0
            ? (chinese ? "我还听到了这些后续事项，要添加吗？" : "I also heard these follow-ups. Shall I add any of them?")
            : (chinese ? "还需要我记录别的吗？比如阶段、金额或待办？" : "Anything else from it to record, such as a stage, amount or follow-up?");
        var pending = new PendingQuestion("", default, Data.Activities.ActivitySource.Transcript, Bindings.Empty, SlotKind.Offer, []) { Offers = transcript.Offers };
        var next = new ConversationState { LastWrite = new LastWrite(change.ChangeSetId, [transcript.Activity, .. transcript.Reminders], ids), Pending = transcript.Offers.Count > 0 ? pending : null };
        return ([change, new ClarificationResult(question, choices)], next);
    }

    private static string Label(PlannedAction offer, bool chinese) => offer switch
    {
        CreateTask t => (chinese ? "待办：" : "Task: ") + t.Title + (t.DueAt is { } due ? $" ({due:yyyy-MM-dd})" : ""),
        _ => offer.ToString(),
    };

    /// <summary>A write whose values the records already had: said in the message's language.</summary>
    private static MessageResult Nothing(bool chinese) => new(chinese ? "没有做任何修改。" : "Nothing was changed.");
}
