using System.Text.RegularExpressions;
using Crm.Skills.Permissions;
using Crm.Skills.Understanding.Language;
using Crm.Skills.Understanding.Plan;
using Crm.Skills.Understanding.Reading;
using Crm.Skills.Understanding.Resolution;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// Turns the clauses of a message into skill calls with resolved ids, carrying context from clause to
/// clause, and merging what belongs together (two updates of one deal become one).
/// Throws <see cref="NeedsAnswerException"/> or <see cref="InvalidValueException"/>; the engine turns those into replies.
/// </summary>
public static partial class WriteInterpreter
{
    public static IReadOnlyList<PlannedAction> Interpret(IReadOnlyList<Clause> clauses, TurnContext ctx)
    {
        try
        {
            return InterpretClauses(clauses, ctx);
        }
        // "coho wants to upgrade their support plan, create a deal for 5k" from support: the deal would be refused after any
        // answer (a message is all or nothing), so it is refused before asking for its name.
        catch (NeedsAnswerException) when (ForbiddenToTheRole(clauses, ctx) is { } action)
        {
            throw new RoleForbidsException(action);
        }
    }

    private static WriteAction? ForbiddenToTheRole(IReadOnlyList<Clause> clauses, TurnContext ctx) =>
        clauses.Select(c => c.Intent switch { Intent.CreateDeal => WriteAction.CreateDeal, Intent.UpdateDeal => WriteAction.ChangeDeal, _ => (WriteAction?)null })
            .FirstOrDefault(a => a is { } action && PermissionMatrix.ReachOf(ctx.User.Role, action) == Reach.None);

    private static List<PlannedAction> InterpretClauses(IReadOnlyList<Clause> clauses, TurnContext ctx)
    {
        var refs = new References(ctx) { AccountOfTicketNamed = References.AccountOfOneTicket(string.Join(", ", clauses.Select(c => c.Text)), ctx) };
        var actions = new List<PlannedAction>();
        string? namedTicket = null;
        for (var i = 0; i < clauses.Count; i++)
        {
            var clause = clauses[i];
            refs.Read(clause, needsDeal: clause.Intent == Intent.UpdateDeal);
            switch (clause.Intent)
            {
                case Intent.LogActivity:
                    // "…，帮我加到联系人里，手机…，聊了合作伙伴门户的采购流程": what was talked about, told after another request and
                    // naming no kind of activity of its own, is more of the activity already told, not a second one.
                    if (actions.OfType<LogActivity>().LastOrDefault() is { } told && !Vocabulary.ActivityTypes(clause.Text).Any(m => !m.Negated)
                        && DateReader.FindAll(clause.Text, ctx.Dates(DateDirection.Past)).Count == 0
                        && AccountResolver.Resolve(ctx.Index, clause.Text) is var elsewhere && (elsewhere.IsNone || elsewhere.Id == told.AccountId))
                    {
                        actions[actions.IndexOf(told)] = told with { Summary = TextParts.Tidy(told.Summary + (Index.NameText.HasCjk(clause.Text) ? "，" : ", ") + clause.Text) };
                        break;
                    }
                    var activity = ActivityBuilder.Build(clause, refs, ctx);
                    // "康宁郑主任说他们院里预算下来了…预计月底签 今天电话说的": the call only says how the news came; what it was about is the news.
                    if (i > 0 && HowItWasHeard().IsMatch(TextParts.WithoutDates(clause.Text, ctx.Dates(DateDirection.Past))))
                        activity = activity with { Summary = TextParts.Tidy(string.Join(", ", clauses.Take(i).Select(c => c.Text))) };
                    // "…赵经理说审批流节点配置保存不了…顺便记一下 今天跟她电话沟通的": a call told with nothing of what was said
                    // was about what the message told before it.
                    if (i > 0 && ActivityBuilder.SaysNothingOfIt(activity.Summary) && ToldBefore(actions, clauses[i - 1]) is { Length: > 0 } story)
                        activity = activity with { Summary = story };
                    // "刚给王磊发了封邮件，把新版报价发过去了": what was sent is what the e-mail was about, as well as a step of the deal.
                    if (i + 1 < clauses.Count && clauses[i + 1].Intent == Intent.UpdateDeal && IntentClassifier.SaysAStepTaken(clauses[i + 1].Text))
                        activity = activity with { Summary = activity.Summary + ", " + clauses[i + 1].Text };
                    actions.Add(activity);
                    if (DealChangeToldInIt(clause, refs, ctx) is { } toldChange)
                        actions.Add(toldChange);
                    // "刚在华盛跟黄总当面把合同签了": the meeting where the deal was signed, and the deal won.
                    if (DealBuilder.StageOf(clause.Head) == Crm.Data.Deals.DealStage.Won && !clauses.Any(c => c.Intent == Intent.UpdateDeal)
                        && DealBuilder.TryUpdate(new Clause(Intent.UpdateDeal, [clause.Head]), refs, ctx) is { } signed)
                        actions.Add(signed);
                    break;
                case Intent.UpdateDeal:
                    // "Kai's Lakeview deal slipped: close date …": a deal clause that changes nothing
                    // only names the deal for the clauses after it, and "…砍到六万五了，金额改一下" only
                    // asks for the change the clause before it said.
                    if (DealBuilder.TryUpdate(clause, refs, ctx) is { } update)
                        actions.Add(update);
                    // "今天跟王经理打了电话 续约他们同意二十万 金额改一下": the amount asked for without its value is the one the activity told.
                    else if (i > 0 && clauses[i - 1].Intent == Intent.LogActivity && refs.DealId is { } toldOf && DealBuilder.AsksForAmount(clause.Text)
                        && DealBuilder.AmountOf(clauses[i - 1].Text) is { } toldAmount)
                        actions.Add(new UpdateDeal(toldOf) { Amount = toldAmount, FromText = clause.Text });
                    else if (!clauses.Skip(i + 1).Any(c => c.Intent == Intent.UpdateDeal) && !actions.OfType<UpdateDeal>().Any(d => d.DealId == refs.DealId))
                        actions.Add(DealBuilder.Update(clause, refs, ctx));
                    break;
                case Intent.CreateDeal:
                    actions.Add(DealBuilder.Create(clause, refs, ctx, string.Join(", ", clauses.Take(i).Select(c => c.Text))));
                    break;
                case Intent.CreateTask:
                    TaskBuilder.AskWhoTheyAreWhenNoneInView(clause, refs);
                    actions.Add(WithNewContact(TaskBuilder.Build(clause, refs, ctx, string.Join(", ", clauses.Take(i).Select(c => c.Text))), clause.Text, actions));
                    break;
                case Intent.CompleteTask:
                    if (CompleteTask(clause, refs, ctx, alone: clauses.All(c => c.Intent == Intent.CompleteTask)) is { } complete)
                        actions.Add(complete);
                    break;
                case Intent.CreateTicket:
                    actions.Add(TicketBuilder.Create(clause, refs, ctx, i > 0 ? clauses[i - 1] : null));
                    break;
                case Intent.UpdateTicket:
                    // "T-505 - called Nancy, … set it to waiting on customer": a ticket named and changed later in the message.
                    var named = IntentClassifier.TicketIds(clause.Text).Distinct().ToList();
                    if (named is [var only])
                        namedTicket = only;
                    if (IntentClassifier.ReportsActivityBeforeTicket(clause.Head) && (!TicketMentions.SaysChange(clause.Head) || ConversationBeforeTheTicket(clause.Head))
                        && !clauses.Any(c => c.Intent == Intent.LogActivity))
                    {
                        actions.Add(ActivityBuilder.Build(ToldActivity(clause), refs, ctx));
                        // "云帆科技赵经理来电问T-601的进度 跟她说研发在修了": the call is what was asked; the ticket is only what it was about.
                        if (!TicketMentions.SaysChange(clause.Text))
                            break;
                    }
                    if (named.Count == 1 && !TicketMentions.SaysChange(clause.Text)
                        && clauses.Skip(i + 1).Any(c => c.Intent == Intent.UpdateTicket && !IntentClassifier.IsTicketId(c.Text)))
                        break;
                    var toldInACall = i > 0 && clauses[i - 1].Intent == Intent.LogActivity ? actions.OfType<LogActivity>().LastOrDefault()?.Summary : null;
                    actions.AddRange(TicketBuilder.Update(clause, refs, ctx, namedTicket, toldInACall));
                    break;
                case Intent.CreateContact:
                    // "星河林工电话里说他们新来了个项目经理…": the call that brought the news is logged too.
                    if (IntentClassifier.ReportsActivityBeforeNewContact(clause.Head) && !clauses.Any(c => c.Intent == Intent.LogActivity))
                        actions.Add(ActivityBuilder.Build(clause with { Intent = Intent.LogActivity }, refs, ctx));
                    actions.Add(ContactBuilder.Create(clause, refs, ctx.Index, string.Join(", ", clauses.Take(i).Select(c => c.Text))));
                    // "met their new CFO…, add him as a contact. he's reviewing the dealer portal budget": what the person is
                    // doing, told after the request, is more of the conversation logged, not a detail of the contact.
                    if (actions.OfType<LogActivity>().LastOrDefault() is { } met && clause.Segments.Skip(1).Where(ActivityBuilder.TellsWhatTheyDo).ToList() is { Count: > 0 } doing)
                        actions[actions.IndexOf(met)] = met with { Summary = TextParts.Tidy(met.Summary + ", " + string.Join(", ", doing)) };
                    break;
                case Intent.UpdateContact:
                    actions.Add(ContactBuilder.Update(clause, refs));
                    break;
            }
        }
        var merged = LinkActivitiesToTheDeal(Merge(actions), ctx);
        return clauses.Count > 1 ? WithThePersonNamed(merged, string.Join(", ", clauses.Select(c => c.Text)), ctx) : merged;
    }

    /// <summary>
    /// "刚从星河电子出来，陈总那边价格敲定四十二万": a visit told without the person, who is named in the next breath,
    /// was with that person, when the message names one person at that customer.
    /// </summary>
    private static List<PlannedAction> WithThePersonNamed(List<PlannedAction> actions, string message, TurnContext ctx)
    {
        if (!actions.Any(a => a is LogActivity { ContactId: null, AccountId: not null }))
            return actions;
        return [.. actions.Select(a => a is LogActivity { ContactId: null, AccountId: { } account } activity
            && ContactResolver.Resolve(ctx.Index, message, account) is { IsUnique: true } person
            ? activity with { ContactId = person.Id }
            : a)];
    }

    /// <summary>
    /// "Wrapped a call with Bill at Initech. TPS automation is moving to negotiation": a call logged beside
    /// an update of one deal of the same account was about that deal, though another clause named it.
    /// </summary>
    private static List<PlannedAction> LinkActivitiesToTheDeal(List<PlannedAction> actions, TurnContext ctx)
    {
        var updated = actions.OfType<UpdateDeal>().Select(d => d.DealId).Distinct().ToList();
        if (updated.Count != 1 || !ctx.Index.Deals.TryGetValue(updated[0], out var deal))
            return actions;
        return [.. actions.Select(a => a is LogActivity { DealId: null } activity && activity.AccountId == deal.AccountId
            ? activity with { DealId = deal.Id }
            : a)];
    }

    /// <summary>
    /// "call with olivia at fabrikam uh pos rollout is qualified now amount thirty two thousand", dictated in one breath: a
    /// deal named after the conversation and changed there ("…the warehouse deal is now at a hundred and ten thousand and
    /// they wanna close by end of the year") is a change of its own beside the activity. What is said from the deal's name
    /// on must ask for a deal change by itself, so a deal only talked about ("met Owen about the POS upgrade") changes nothing.
    /// </summary>
    private static UpdateDeal? DealChangeToldInIt(Clause clause, References refs, TurnContext ctx)
    {
        if (!refs.DealNamed || refs.DealId is not { } dealId)
            return null;
        var head = clause.Head;
        var at = Index.MentionFinder.Find(ctx.Index.DealWords, head).Where(m => m.Id == dealId)
            .Select(m => Regex.Match(head, @"\b" + Regex.Escape(m.MatchedText).Replace(@"\ ", @"[\s-]+", StringComparison.Ordinal) + @"\b", RegexOptions.IgnoreCase))
            .Where(m => m.Success).Select(m => m.Index).DefaultIfEmpty(0).Min();
        if (at == 0 || IntentClassifier.Classify(head[at..]) != Intent.UpdateDeal)
            return null;
        return DealBuilder.TryUpdate(new Clause(Intent.UpdateDeal, [head[at..], .. clause.Segments.Skip(1)]), refs, ctx);
    }

    /// <summary>
    /// What the message told before the call: the new ticket's description, or the words before the ticket they change
    /// ("刘工打过来说移动端又登录不了了 之前那个T-602重新打开").
    /// </summary>
    private static string? ToldBefore(List<PlannedAction> actions, Clause before)
    {
        if (actions.OfType<CreateTicket>().LastOrDefault()?.Description is { Length: > 0 } description)
            return description;
        var ticket = IntentClassifier.TicketIds(before.Text).Select(id => before.Text.IndexOf(id, StringComparison.OrdinalIgnoreCase)).Where(at => at >= 0).DefaultIfEmpty(before.Text.Length).Min();
        return TextParts.Tidy(TicketLead().Replace(before.Text[..ticket], ""));
    }

    // "…登录不了了之前那个", "…扫码枪好了给": the words that lead up to the ticket's id are no part of the story.
    [GeneratedRegex(@"(?:给|把|在|往|对)?(?:之前|以前|上次|上回)?(?:的)?(?:那个|这个|那张)?(?:工单)?\s*$")]
    private static partial Regex TicketLead();

    /// <summary>
    /// "Had a call with Marcus about T-503 - root cause was a missing index. Set it to resolved": the call is what is told before
    /// the ticket's changes; "恒通王经理电话里说扫码枪好了给T-603加个备注…", said in one breath, ends where the ticket is named.
    /// </summary>
    private static Clause ToldActivity(Clause ticketUpdate)
    {
        var head = ticketUpdate.Head;
        if (TicketMentions.SaysChange(head) && IntentClassifier.TicketIds(head).FirstOrDefault() is { } id)
            head = TicketLead().Replace(head[..head.IndexOf(id, StringComparison.OrdinalIgnoreCase)], "");
        return new(Intent.LogActivity, [head, .. ticketUpdate.Segments.Skip(1).TakeWhile(s => !TicketMentions.SaysChange(s))]);
    }

    /// <summary>
    /// "跟美家何店长通了电话 积分的问题已经修好了 T-606改成已解决": a call, meeting or visit told before the ticket changed in the
    /// same breath is logged too; a note asked for on the ticket ("记一下T-606已解决", "add a note to T-503") is only the ticket's.
    /// </summary>
    private static bool ConversationBeforeTheTicket(string head) =>
        IntentClassifier.TicketIds(head).FirstOrDefault() is { } id
        && ActivityBuilder.TypeOf(head[..head.IndexOf(id, StringComparison.OrdinalIgnoreCase)]) != Crm.Data.Activities.ActivityType.Note;

    /// <summary>
    /// Told alone, a finished task that matches nothing is said so. Beside other requests ("met Owen, he
    /// finished the migration task") it is more likely narration: the other requests go ahead without it.
    /// </summary>
    private static CompleteTask? CompleteTask(Clause clause, References refs, TurnContext ctx, bool alone)
    {
        try
        {
            return TaskCompletion.Build(clause, refs, ctx, alone);
        }
        catch (NothingMatchesException) when (!alone)
        {
            return null;
        }
    }

    private static List<PlannedAction> Merge(List<PlannedAction> actions)
    {
        var merged = new List<PlannedAction>();
        foreach (var action in actions)
        {
            if (action is UpdateDeal deal && merged.OfType<UpdateDeal>().FirstOrDefault(d => d.DealId == deal.DealId) is { } earlier)
            {
                merged[merged.IndexOf(earlier)] = earlier with
                {
                    Stage = deal.Stage ?? earlier.Stage,
                    Amount = deal.Amount ?? earlier.Amount,
                    CloseDate = deal.CloseDate ?? earlier.CloseDate,
                    NextStep = deal.NextStep ?? earlier.NextStep,
                    NextStepDue = deal.NextStepDue ?? earlier.NextStepDue,
                    LostReason = deal.LostReason ?? earlier.LostReason,
                    OwnerId = deal.OwnerId ?? earlier.OwnerId,
                };
                continue;
            }
            if (action is UpdateTicket ticket && merged.OfType<UpdateTicket>().FirstOrDefault(t => t.TicketId == ticket.TicketId) is { } before)
            {
                merged[merged.IndexOf(before)] = before with
                {
                    Status = ticket.Status ?? before.Status,
                    Priority = ticket.Priority ?? before.Priority,
                    AssigneeId = ticket.AssigneeId ?? before.AssigneeId,
                    Comment = ticket.Comment ?? before.Comment,
                };
                continue;
            }
            merged.Add(action);
        }
        return merged;
    }

    /// <summary>A task that names a person this message adds as a contact ("…please add him. Remind me to send Derek…") is with them.</summary>
    private static CreateTask WithNewContact(CreateTask task, string said, List<PlannedAction> before)
    {
        for (var k = before.Count - 1; k >= 0; k--)
            if (before[k] is CreateContact added && task.AccountId == added.AccountId && NamesPerson(said, added.Name))
                return task with { ContactId = null, ContactFromAction = k };
        return task;
    }

    [GeneratedRegex(@"^\s*(?:都)?(?:是)?(?:在)?(?:电话|微信|视频|会上)(?:里|上|中)?(?:说|讲|聊|谈)的\s*$")]
    private static partial Regex HowItWasHeard();

    private static bool NamesPerson(string said, string name) =>
        Index.NameText.HasCjk(name)
            ? said.Contains(name, StringComparison.Ordinal) || Regex.IsMatch(said, Regex.Escape(name[..1]) + "(?:总|工|经理|主任|总监|老师)")
            : Regex.IsMatch(said, @"\b" + Regex.Escape(name.Split(' ')[0]) + @"\b", RegexOptions.IgnoreCase);
}
