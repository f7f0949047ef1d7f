using Crm.Skills.Conversation;
using Crm.Skills.Results;
using Crm.Skills.Understanding.Language;
using Crm.Skills.Understanding.Plan;
using Crm.Skills.Understanding.Reading;
using Crm.Skills.Understanding.Transcripts;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// The default, offline understanding engine. Routes in a fixed order: transcript, undo, answer to
/// an open question, correction of the last write, small talk, reads, writes; what is left is out of
/// scope. Pure: it reads the store through the index and returns what it understood; the
/// conversation turn carries it out.
/// </summary>
public sealed class EmbeddedEngine
{
    public Understood Understand(string rawText, IReadOnlyList<TurnAttachment> attachments, ConversationState state, TurnContext ctx)
    {
        var text = CustomerTakenBack.Apply(SpokenEmails.Written(SpokenTicketIds.Hyphenate(TextNormalizer.Normalize(ChatShorthand.Expand(rawText)).Text.Trim(), ctx.Index)), ctx.Index);
        var chinese = LanguageDetector.IsChinese(rawText);
        // The follow-ups a transcript offered lapse with any message that does not answer them (OfferAnswers reads those):
        // "move it to proposal at 11k" after the transcript is about its deal, as after any other write.
        if (state.Pending is { Slot: SlotKind.Offer })
            state = state with { Pending = null };
        if (TranscriptInterpreter.TranscriptOf(attachments) is { } file)
            return KeepTranscript(Guard(ctx, chinese, text, () => TranscriptInterpreter.Interpret(text, file, ctx)), file);
        // "undo, wrong deal - it's the Humongous one that's lost": the change undone, made on the record meant.
        if (state.LastWrite is { } undone && UndoInterpreter.IsUndo(text) && UndoInterpreter.SaidAfter(text) is { Length: > 0 } why
            && CorrectionInterpreter.MeansAnotherRecord(why) && CorrectionInterpreter.Amend(why, undone, ctx) is { } onTheOneMeant)
            return new Correction(onTheOneMeant) { Explanation = ctx.Explain.Build("undo, and the same change on the record meant", onTheOneMeant.Select(a => a.ToString())) };
        if (UndoInterpreter.IsUndo(text) || (state is { LastWrite: not null, Pending: null } && UndoInterpreter.IsDismissal(text)))
            return new UndoRequest { Explanation = ctx.Explain.Build("undo the last change", []) };
        // "undo" → "redo": the change set just undone, written again.
        if (state is { Undone: { } redone, Pending: null } && UndoInterpreter.IsRedo(text))
            return new WriteRequest(redone.Actions) { Text = text, Explanation = ctx.Explain.Build("redo what was undone", redone.Actions.Select(a => a.ToString())) };
        // "两个都推", "both" to "which deal?": the request, for every deal offered.
        if (state.Pending is { Slot: SlotKind.Deal, Transcript: null, CandidateIds.Count: > 1 } which && EveryOfferedDeal.SaidInAnswer(text)
            && EveryOfferedDeal.ForEach(which.Text, which.CandidateIds, id => InterpretOnce(which.Text, ForDeal(WithBindings(ctx, which.Bindings), id), LanguageDetector.IsChinese(which.Text))) is { } every)
            return every;
        if (state.Pending is { } pending)
        {
            var bindings = AnswerInterpreter.Resolve(text, pending, ctx);
            if (bindings is not null && pending.Transcript is { } waiting)
            {
                var resumed = WithBindings(ctx, bindings);
                var kept = waiting.ToAttachment();
                return KeepTranscript(Guard(resumed, LanguageDetector.IsChinese(pending.Text), pending.Text,
                    () => TranscriptInterpreter.Interpret(pending.Text, kept, resumed)), kept);
            }
            // "The one in negotiation" or "the 35k one" when none of the offered deals is: the question stands, asked
            // again, rather than the answer being read as a request of its own (which would move a deal to that stage).
            if (bindings is null && pending.Slot == SlotKind.Deal && DealDescriptionAnswer.DescribesADeal(text))
                return Interpret(pending.Text, WithBindings(ctx, pending.Bindings), LanguageDetector.IsChinese(pending.Text));
            if (bindings is not null)
            {
                var resumed = WithBindings(ctx, bindings);
                var original = (pending.Text + " " + (bindings.Extra ?? "")).Trim();
                var result = Interpret(original, resumed, LanguageDetector.IsChinese(pending.Text));
                return result;
            }
        }
        // "oops, I meant tom.wright@wideworld.example" right after that message was refused for its address: the message again, corrected.
        if (state is { Refused: { } refused, Pending: null } && CorrectionValues.Read(text, ctx) is var fix
            && (refused.Field == "email" ? fix.Email : fix.Phone) is { } corrected)
            return Interpret(refused.Text.Replace(refused.Value, corrected, StringComparison.Ordinal), ctx, LanguageDetector.IsChinese(refused.Text));
        if (state.LastWrite is { } last && CorrectionInterpreter.Amend(text, last, ctx) is { } amended)
            return new Correction(amended) { Explanation = ctx.Explain.Build("correction of the previous message", amended.Select(a => a.ToString())) };
        if (state is { EarlierWrite: { } earlier, Pending: null } && CorrectionInterpreter.AmendNamedRecord(text, earlier, ctx) is { } older)
            return new Correction(older) { OfEarlierWrite = true, Explanation = ctx.Explain.Build("correction of the write before the last", older.Select(a => a.ToString())) };
        if (state.LastWrite is { } written)
            text = DateSaidBefore.In(PreviousTopic.WithAnotherTask(ToDoAsNextStep.WithTheToDo(TaskBuilder.WithTheThingOf(TicketForIt.WithTheProblem(PreviousTopic.WithThatNoted(text, written), written), written), written), written), written, ctx);
        // "fine. Woodgrove then, same date" right after a change was refused on a deal not the user's: that change, on the deal named.
        if (state is { RefusedChange: { } notMade, Pending: null } && SameChangeAgain.Instead(text, notMade, ctx) is { } instead)
            return new WriteRequest([instead]) { Text = text, Explanation = ctx.Explain.Build("the refused change, on another deal", [instead.ToString()]) };
        // "康宁那个也一样" right after a deal was moved: the same change to the deal named.
        if (state is { LastWrite: { } changed, Pending: null } && SameChangeAgain.For(text, changed, ctx) is { } repeated)
            return new WriteRequest([repeated]) { Text = text, Explanation = ctx.Explain.Build("the last change again, on another deal", [repeated.ToString()]) };
        if (ChatInterpreter.Interpret(text, ctx, chinese) is { } chat)
            return new DirectReply(chat) { Explanation = ctx.Explain.Build($"small talk: {chat.GetType().Name}", []) };
        // "那团队这季度呢" after a pipeline: the same question, changed.
        if (state is { ReadAbout.Asked: { } asked, Pending: null } && ReadRefinement.Refine(text, asked, ctx) is { } again)
            return new ReadQuery(again) { Explanation = ctx.Explain.Build($"read again, changed: {again}", []) };
        // "open tickets for Acme" → "what about resolved ones": the same list in another status, not a change to the ticket shown.
        if (state is { ReadAbout.TicketsAsked: { } listed, Pending: null } && TicketListQuestion.Refine(text, listed, ctx) is { } relisted)
            return new ReadQuery(relisted) { Explanation = ctx.Explain.Build($"ticket list again, changed: {relisted}", []) };
        // "when does their contract end?", "那个工单现在谁在跟": a question about what was just shown or written, read again.
        if (state.Pending is null && AboutWhatIsInView(text, state, ctx) is { } inView)
            return new ReadQuery(inView) { Explanation = ctx.Explain.Build($"a question about what was just shown or written: {inView}", []) };
        // "改成 yangfan@tianfu-soft.example" right after a contact's e-mail was shown: that contact's new e-mail.
        if (state is { ReadAbout: { } contactShown, Pending: null } && ShownContactNewValue.Read(text, contactShown, ctx) is { } newValue)
            return new WriteRequest([newValue]) { Text = text, Explanation = ctx.Explain.Build("a new value for the contact just shown", [newValue.ToString()]) };
        // A read since the last write is what "it" and "the pending one" are about now.
        if (state is { ReadAbout: { } shown, Pending: null } && PreviousTopic.AfterRead(text, shown, ctx) is var (about, said))
            return RefusedRequest.WithWhatItTold(Interpret(said, WithBindings(ctx, about), chinese), shown);
        // "push the Adventure Works one to Jan 8" → "and the Acme one to end of Jan": another of the list the write picked from.
        if (state is { ReadAbout: null, LastWrite: { } picked, Pending: null } && AnotherFromTheList.After(text, picked, ctx) is var (another, pointed))
            return Interpret(pointed, WithBindings(ctx, another), chinese);
        if (state is { ReadAbout: null, LastWrite: { } previous, Pending: null } && PreviousTopic.For(text, previous, ctx, state.EarlierWrite) is var (topic, meant))
            return StageAlreadyWritten.Without(Interpret(meant, WithBindings(ctx, topic), chinese), previous, ctx);
        return StageAlreadyWritten.Without(Interpret(text, ctx, chinese), state.LastWrite, ctx);
    }

    private static ReadRequest? AboutWhatIsInView(string text, ConversationState state, TurnContext ctx)
    {
        if (state.ReadAbout is { } shown)
            return TheOtherDealAsked.After(text, shown, ctx) ?? MostUrgentTicketAsked.After(text, shown, ctx)
                ?? (shown.AccountId is null ? null : ContactQuestion.Read(text, ctx, shown.AccountId)) ?? DealQuestion.Read(text, ctx, shown.AccountId, shown.Deals) ?? ShownRecordQuestion.Read(text, shown.AccountId, shown.Deals, shown.Tickets, ctx);
        if (state.LastWrite is not { } last)
            return null;
        var (account, _, deal, ticket) = PreviousTopic.RecordsOf(last);
        // "when does the other one close?": the other deal, not the one written.
        if (PreviousTopic.TheOtherDealAsked(text, last, ctx) is { } other)
            (account, deal) = (null, other);
        IReadOnlyList<string> deals = deal is null ? [] : [deal];
        return DealQuestion.Read(text, ctx, account, deals) ?? ShownRecordQuestion.Read(text, account, deals, ticket is null ? [] : [ticket], ctx);
    }

    private static Understood Interpret(string text, TurnContext ctx, bool chinese)
    {
        var understood = InterpretOnce(text, ctx, chinese);
        // "星河那两个单子关单日期都推到明年3月底": both deals a question would offer are meant.
        return understood is Question { Pending: { Slot: SlotKind.Deal } asked } && EveryOfferedDeal.SaidInRequest(text, asked.CandidateIds)
            ? EveryOfferedDeal.ForEach(text, asked.CandidateIds, id => InterpretOnce(text, ForDeal(ctx, id), chinese)) ?? understood
            : understood;
    }

    private static Understood InterpretOnce(string text, TurnContext ctx, bool chinese) => Guard(ctx, chinese, text, () =>
    {
        // "reassign all of Tom's urgent tickets to me": read like a list of tickets, but a change to each of them.
        if (AllTicketsHandedOver.Read(text, ctx) is { } handedOver)
            return new WriteRequest(handedOver) { Text = text, Explanation = ctx.Explain.Build("every ticket picked out, handed over", handedOver.Select(a => a.ToString())) };
        var clauses = ClauseSplitter.Split(text);
        // "initech license expansion - redlines are now due next week thursday": no verb asks for a change, but the deal's
        // next step named with a new day for it is one.
        if (clauses.All(c => c.Intent == Intent.None) && NextStepRescheduled.IsSaid(text, ctx))
            clauses = [new Clause(Intent.UpdateDeal, [text])];
        var asksToWrite = clauses.Any(c => c.Intent != Intent.None);
        if (ReadInterpreter.Interpret(text, ctx, asksToWrite) is { } read)
            return new ReadQuery(read) { Explanation = ctx.Explain.Build($"read: {read}", []) };
        if (asksToWrite)
        {
            var actions = KeptFields.TakeBackInMessage(text, WriteInterpreter.Interpret(clauses, ctx));
            var summary = string.Join("; ", clauses.Select(c => $"{c.Intent} <- \"{c.Text}\""));
            return new WriteRequest(actions) { Text = text, Explanation = ctx.Explain.Build(summary, actions.Select(a => a.ToString())) };
        }
        var account = Resolution.AccountResolver.Resolve(ctx.Index, text);
        if (account.IsUnique && account.Score >= 0.8)
        {
            ctx.Explain.Reference("account", account);
            return new ReadQuery(new CustomerSummaryRead(account.Id!)) { Explanation = ctx.Explain.Build("an account on its own: its summary", []) };
        }
        return new DirectReply(ChatInterpreter.OutOfScope(chinese)) { Explanation = ctx.Explain.Build("nothing in the CRM was asked", []) };
    });

    /// <summary>A question about a transcript keeps the transcript, so the answer can log it.</summary>
    private static Understood KeepTranscript(Understood understood, TurnAttachment file) =>
        understood is Question question
            ? question with { Pending = question.Pending with { Transcript = PendingTranscript.Keep(file) } }
            : understood;

    /// <summary>Turns the two "cannot act yet" outcomes into a question or a refusal; nothing is written for either.</summary>
    private static Understood Guard(TurnContext ctx, bool chinese, string text, Func<Understood> read)
    {
        try
        {
            return read();
        }
        catch (NeedsAnswerException need)
        {
            var question = QuestionWriter.Write(need, ctx.Index, chinese);
            var pending = new PendingQuestion(text, ctx.LocalNow, ctx.Source, ctx.Bindings, need.Slot, need.CandidateIds) { Field = need.Field };
            return new Question(question, pending) { Explanation = ctx.Explain.Build("needs an answer first", [], need.Message) };
        }
        catch (RoleForbidsException forbidden)
        {
            return new DirectReply(Permissions.RefusalWording.RoleForbids(ctx.User.Role, forbidden.Action)) { Explanation = ctx.Explain.Build("refused: the role may never do this", [], forbidden.Message) };
        }
        catch (NothingMatchesException none)
        {
            return new DirectReply(new MessageResult(chinese ? none.Chinese : none.Message)) { Explanation = ctx.Explain.Build("nothing matches", [], none.Message) };
        }
        catch (InvalidValueException invalid)
        {
            // The reply adds "Nothing was saved." to an English refusal; the Chinese sentence says it itself.
            var reason = chinese ? InvalidChinese(invalid) : invalid.Message + ".";
            return new DirectReply(new RefusalResult(RefusalReason.InvalidValue, reason))
            {
                Refused = invalid.Field is "email" or "phone" ? new RefusedValue(text, invalid.Field, invalid.Value) : null,
                Explanation = ctx.Explain.Build("invalid value", [], invalid.Message),
            };
        }
    }

    private static string InvalidChinese(InvalidValueException invalid) => invalid.Field == "email"
        ? $"“{invalid.Value}”不是有效的邮箱地址，没有做任何修改。"
        : $"“{invalid.Value}”不是有效的电话号码，没有做任何修改。";

    private static TurnContext ForDeal(TurnContext ctx, string dealId) =>
        WithBindings(ctx, ctx.Bindings with { DealId = dealId, AccountId = ctx.Bindings.AccountId ?? ctx.Index.Deals[dealId].AccountId });

    private static TurnContext WithBindings(TurnContext ctx, Bindings bindings) => new()
    {
        Index = ctx.Index,
        User = ctx.User,
        LocalNow = ctx.LocalNow,
        TimeZone = ctx.TimeZone,
        Source = ctx.Source,
        Bindings = bindings,
        OpenTasks = ctx.OpenTasks,
    };
}
