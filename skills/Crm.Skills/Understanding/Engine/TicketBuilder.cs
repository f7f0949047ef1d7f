using System.Text.RegularExpressions;
using Crm.Data.Tickets;
using Crm.Skills.Understanding.Language;
using Crm.Skills.Understanding.Plan;
using Crm.Skills.Understanding.Reading;
using Crm.Skills.Understanding.Resolution;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// New tickets ("open a ticket for X: …, high priority, reported by Lee") and ticket updates by id
/// ("T-101 is fixed", "add a note to T-102: …", "set T-103 to waiting on customer", "assign to Kai").
/// </summary>
public static partial class TicketBuilder
{
    /// <param name="toldBefore">The clause before the request, whose last detail may be the problem: "通了电话，她说对账单的金额对不上，帮我开个工单".</param>
    public static CreateTicket Create(Clause clause, References refs, TurnContext ctx, Clause? toldBefore = null)
    {
        // "new ticket: the mobile app crashes at login": a deal called "mobile app" does not say whose ticket it is.
        if (refs.AccountId is null || refs.AccountOnlyFromDeal)
            throw new NeedsAnswerException(SlotKind.Account, [], "no account was named") { Field = "account" };
        var afterColon = AfterCue().Match(clause.Head);
        // The problem is what is neither the request, nor its priority, nor who reported it. It usually follows the request
        // ("open a ticket for X, the import fails"), but may come first ("X's import fails - please log a ticket"): a first
        // segment that does not mention the ticket is the problem, and a later one that only asks for it is not.
        // "…, reported by Omar. assign it to Tom": who it is handed to is no part of the problem either.
        var assignee = AssigneeOfNewTicket(clause, ctx);
        var described = clause.Segments
            .Where((s, i) => i == 0 ? !afterColon.Success && !TicketNoun().IsMatch(s) : !RequestOnly().IsMatch(s.Trim()))
            .Where(s => !PriorityOnly().IsMatch(s) && !Reporter().IsMatch(s) && !(assignee is not null && TicketMentions.IsHandOver(s))).ToList();
        // The problem said right after the request ("open a ticket for Woodgrove branch reports show balances twice")
        // comes before who flagged it in the next part.
        var afterRequest = afterColon.Success ? "" : ProblemAfterTheRequest(clause.Head);
        var title = afterColon.Success && afterColon.Groups["rest"].Value.Trim().Length > 3
            ? afterColon.Groups["rest"].Value
            : afterRequest.Trim().Length > 8 ? afterRequest
            : described.FirstOrDefault(s => !OnlyTheTeller(s)) ?? described.FirstOrDefault() ?? "";
        // "康宁医疗郑主任反馈设备台账导入报错 报个工单 优先级低 分给我", dictated in one breath: the problem comes before the request.
        var beforeRequest = afterColon.Success || described.Count > 0 ? "" : ProblemBeforeTheRequest(clause.Head);
        if (title.Length == 0 && beforeRequest.Length > 0)
            title = beforeRequest;
        if (title.Length == 0 && !afterColon.Success)
            title = afterRequest;
        if (title.Length == 0 && !afterColon.Success && toldBefore is { Intent: Intent.LogActivity, Segments.Count: > 1 })
            title = toldBefore.Segments[^1];
        // "恒通周总打电话说财务对账单导出的金额小数点错位了 帮我开个…工单": what the caller said is the problem.
        if (title.Length == 0 && !afterColon.Success && toldBefore is { Intent: Intent.LogActivity } && WhatWasSaid().Match(toldBefore.Head) is { Success: true } said)
            title = said.Groups["said"].Value;
        // "I just hung up with Rachel from Adventure Works their dealer portal search returns nothing … open a ticket for that",
        // dictated in one breath: what the call told after whom it was with is the problem.
        if (title.Length == 0 && !afterColon.Success && toldBefore is { Intent: Intent.LogActivity } && ToldAfterTheNames(toldBefore.Head, ctx) is { Length: > 8 } told)
            title = told;
        title = TextParts.Tidy(afterColon.Success ? title : WithoutTeller(title));
        if (title.Length == 0)
            throw new NeedsAnswerException(SlotKind.Value, [], "the ticket has no description") { Field = "title" };
        var priority = Vocabulary.TicketPriorities(clause.Text).Where(m => !m.Negated).Select(m => (TicketPriority?)m.Value).LastOrDefault()
            ?? TicketPriority.Normal;
        // "ticket for Coho Winery the signup form errors on mobile": the problem said with the request is the description too.
        var description = described.Count > 0 ? string.Join(", ", described) : beforeRequest.Length > 0 ? beforeRequest : TextParts.Tidy(afterRequest);
        return new CreateTicket(refs.AccountId, Short(title), description.Length > 0 ? description : null, priority, refs.ContactId)
        {
            FromText = clause.Text,
            AssigneeId = assignee,
        };
    }

    /// <summary>What a report of a conversation goes on to tell after the customer and the person it names: "…with Rachel from Adventure Works their portal search fails" → "portal search fails".</summary>
    private static string ToldAfterTheNames(string told, TurnContext ctx)
    {
        var names = new[] { AccountResolver.Resolve(ctx.Index, told).Text, ContactResolver.Resolve(ctx.Index, told, null).Text }
            .Where(n => n is { Length: > 0 }).Select(n => (At: told.IndexOf(n!, StringComparison.OrdinalIgnoreCase), n!.Length)).Where(n => n.At >= 0).ToList();
        if (names.Count == 0)
            return "";
        var end = names.Max(n => n.At + n.Length);
        return TextParts.Tidy(Possessive().Replace(told[end..], ""));
    }

    // "their dealer portal search…": whose the thing is, the customer's, goes without saying in a ticket's title.
    [GeneratedRegex(@"^[\s,，:：-]*(?:(?:their|his|her|its|our)\s+|他们的|她们的|他的|她的)?", RegexOptions.IgnoreCase)]
    private static partial Regex Possessive();

    /// <summary>"open a ticket for X: …, assign it to Tom", "…，分给我": the one colleague (or the user) a new ticket is handed to.</summary>
    private static string? AssigneeOfNewTicket(Clause clause, TurnContext ctx)
    {
        // "…报个工单 优先级低 分给我", in one breath: handed over at the end of the request itself.
        var saidWithTheRequest = TicketMentions.IsHandOver(HandOverAtTheEnd().Match(clause.Head).Value) ? HandOverAtTheEnd().Match(clause.Head).Value : "";
        var handedOver = string.Join(", ", clause.Segments.Skip(1).Where(TicketMentions.IsHandOver).Prepend(saidWithTheRequest).Where(s => s.Length > 0));
        if (handedOver.Length == 0)
            return null;
        return SelfAssigned().IsMatch(handedOver) ? ctx.User.Id
            : UserResolver.Assignee(ctx.Index, handedOver) is { IsUnique: true } colleague ? colleague.Id : null;
    }

    /// <param name="namedBefore">The ticket an earlier clause of the message named, for "set it to …".</param>
    /// <param name="toldBefore">What the message told before this clause, as a conversation logged: "Jane at Acme just called, SSO is still broken - add that to T-501".</param>
    public static IEnumerable<UpdateTicket> Update(Clause clause, References refs, TurnContext ctx, string? namedBefore = null, string? toldBefore = null)
    {
        var text = clause.Text;
        // The note is what follows its cue, to the end: "add a note to T-501: …", "T-603 已解决，再加个备注：…".
        var noteAt = clause.Segments.Select((s, k) => (Match: NoteCue().Match(s), At: k)).FirstOrDefault(n => n.Match is { Success: true });
        string? comment = null;
        var statusText = text;
        var referenceText = text;
        // "the scanner sync on T-506 is still happening, add that as a note": the note is what was said before the cue.
        var backAt = clause.Segments.Select((segment, k) => (Is: ThatAsNote().IsMatch(segment), At: k)).FirstOrDefault(n => n.Is && n.At > 0);
        // "把会员积分又算错了记到T-606的备注里，然后优先级调成高": what is put into the notes comes before where.
        if (IntoTheNotes().Match(text) is { Success: true } into)
        {
            comment = TextParts.Tidy(into.Groups["note"].Value);
            statusText = text.Remove(into.Index, into.Length);
        }
        else if (backAt.Is)
        {
            // "resolve T-509, root cause was a bad SPF record - put that in the notes": the change asked before the note
            // is no part of it, and still applies.
            var told = clause.Segments.Take(backAt.At).ToList();
            var asked = told.Where(TicketMentions.SaysChange).ToList();
            var note = told.Except(asked).ToList();
            comment = TextParts.Tidy(string.Join(", ", note.Count > 0 ? note : told));
            statusText = string.Join(", ", asked.Concat(clause.Segments.Skip(backAt.At)));
        }
        else if (noteAt.Match is { } note)
        {
            // "add a comment - … - and set it to waiting on customer", "加个备注然后改成已解决": a change asked after the note is no part of it.
            var after = clause.Segments.Skip(noteAt.At + 1).ToList();
            var changes = Enumerable.Reverse(after).TakeWhile(TicketMentions.IsChangeCommand).Reverse().ToList();
            var noted = after.Take(after.Count - changes.Count).Prepend(note.Groups["note"].Value).Where(s => s.Trim().Length > 0).ToList();
            // "T-605 查到原因了，短信签名没报备，已经处理好，加个备注…": a cue with nothing after it notes what was told before it.
            if (noted.Count == 0)
                noted = [.. clause.Segments.Take(noteAt.At).Where(s => !TicketMentions.IsChangeCommand(s)).Select(s => LeadingTicketId().Replace(s, ""))];
            // "Jane at Acme just called, SSO is still broken for new hires - add that to T-501": "that" is what the call told.
            if (noted.All(s => s.Trim().Length == 0) && toldBefore is { Length: > 0 })
                noted = [toldBefore];
            comment = TextParts.Tidy(string.Join(", ", noted.Where(s => s.Trim().Length > 0)));
            var before = clause.Segments.Take(noteAt.At).Append(clause.Segments[noteAt.At][..note.Index]).Concat(changes);
            statusText = string.Join(", ", before);
            referenceText = string.Join(", ", clause.Segments.Take(noteAt.At).Append(clause.Segments[noteAt.At][..note.Groups["note"].Index]));
        }
        var status = Vocabulary.TicketStatuses(statusText).Where(m => !m.Negated).Select(m => (TicketStatus?)m.Value).LastOrDefault();
        status ??= ImperativeStatus(statusText) ?? WaitingOnTheirPeople(statusText, namedBefore, refs.AccountId, ctx);
        var priority = Vocabulary.TicketPriorities(statusText).Where(m => !m.Negated).Select(m => (TicketPriority?)m.Value).LastOrDefault();
        var assignee = SelfAssigned().IsMatch(statusText) ? Resolution.Resolved.One(ctx.User.Id, "the acting user", 1, "me")
            : UserResolver.Assignee(ctx.Index, statusText);
        // "给T-606加个备注", "add a note to T-501": a note asked for with nothing in it is asked for, not added empty.
        if (comment is { Length: 0 } && status is null && priority is null && !assignee.IsUnique)
            throw new NeedsAnswerException(SlotKind.Value, [], "the note does not say anything") { Field = "comment" };
        if (status is null && priority is null && !assignee.IsUnique && comment is null)
            throw new NeedsAnswerException(SlotKind.Value, [], "the message did not say what to change on the ticket") { Field = "ticket" };
        if (comment is { Length: 0 })
            comment = null;
        var ids = IntentClassifier.TicketIds(text).Distinct().ToList();
        if (ids.Count == 0)
            ids = [namedBefore ?? TicketReferences.Resolve(referenceText, refs.AccountId, ctx)];
        foreach (var id in ids)
            yield return new UpdateTicket(id)
            {
                Status = status,
                Priority = priority,
                AssigneeId = assignee.Id,
                Comment = comment,
                FromText = text,
            };
    }

    [GeneratedRegex(@"(?:说|反馈|反映|\bsaid\b|\bsays\b|\btold (?:me|us)\b)\s*(?:that\s+)?(?<said>[^，,。；;]{4,})$", RegexOptions.IgnoreCase)]
    private static partial Regex WhatWasSaid();

    [GeneratedRegex(@"^\s*[A-Za-z]{1,4}-\d{2,6}\s*[:：,，-]?\s*")]
    private static partial Regex LeadingTicketId();

    [GeneratedRegex(@"把(?<note>[^，,。；;]+?)(?:记|加|写|放|补|添)(?:到|进|在)[^，,。；;]{0,12}?(?:备注|评论|留言)(?:里|中|里面)?")]
    private static partial Regex IntoTheNotes();

    /// <summary>Commands the status words do not cover: "close T-504", "reopen T-501", "resolve T-503".</summary>
    private static TicketStatus? ImperativeStatus(string text) =>
        CloseVerb().IsMatch(text) ? TicketStatus.Closed
        : ResolveVerb().IsMatch(text) ? TicketStatus.Resolved
        : ReopenVerb().IsMatch(text) ? TicketStatus.Open
        : null;

    /// <summary>
    /// "T-508 is waiting on Olivia", "T-604 在等郑主任回复": waiting on someone at the ticket's customer is waiting on the
    /// customer. Waiting on a colleague ("waiting on Tom") is not.
    /// </summary>
    private static TicketStatus? WaitingOnTheirPeople(string text, string? namedBefore, string? accountId, TurnContext ctx)
    {
        if (WaitingOn().Match(text) is not { Success: true } waiting)
            return null;
        var ticket = IntentClassifier.TicketIds(text).Append(namedBefore).OfType<string>().Select(ctx.Index.Tickets.GetValueOrDefault).FirstOrDefault(t => t is not null);
        if ((ticket?.AccountId ?? accountId) is not { } customer)
            return null;
        var who = waiting.Groups["who"].Value;
        return UserResolver.Named(ctx.Index, who) is null && ContactResolver.Resolve(ctx.Index, who, customer).IsUnique ? TicketStatus.Pending : null;
    }

    [GeneratedRegex(@"\b(?:waiting|waits|wait)\s+(?:on|for)\s+(?<who>\p{L}+(?:\s+\p{Lu}\p{L}+)?)|等(?:待)?(?<who>[^，,。；;\s]{2,4}?)(?:的)?(?:回复|回话|确认|反馈|消息)", RegexOptions.IgnoreCase)]
    private static partial Regex WaitingOn();

    [GeneratedRegex(@"\bclose\b|关闭|关掉|关单", RegexOptions.IgnoreCase)]
    private static partial Regex CloseVerb();

    [GeneratedRegex(@"\b(?:resolve|solve|fix|mark (?:it )?(?:as )?(?:done|solved))\b|已解决|解决了|搞定了", RegexOptions.IgnoreCase)]
    private static partial Regex ResolveVerb();

    [GeneratedRegex(@"\bre-?open\b|重新打开|重开", RegexOptions.IgnoreCase)]
    private static partial Regex ReopenVerb();

    [GeneratedRegex(@"\b(?:assign|give|hand|escalate)\b.{0,60}\bto (?:me|myself)\b|\btak(?:e|ing) (?:it|this|that|over)\b|" + TicketMentions.SelfTake + @"|\bassign(?:ing)? (?:it |this |that )?(?:to )?myself\b|(?:分配|分|指派|派|交|转)给我|我来(?:处理|跟|接|弄|负责)|我(?:接|接手)了", RegexOptions.IgnoreCase)]
    private static partial Regex SelfAssigned();

    /// <summary>"Coho says their checkout hangs" → "their checkout hangs": who told is not the problem (and is linked as the contact).</summary>
    /// <summary>
    /// Dictated without pauses, the problem follows the request in one breath: "给美家开个工单 何店长说小程序下单以后积分不到账 优先级高".
    /// The priority said at the end is not part of it.
    /// </summary>
    private static string ProblemBeforeTheRequest(string head)
    {
        var request = RequestPhrase().Match(head);
        if (!request.Success || request.Index == 0 || BeforeTheRequest().IsMatch(head[..request.Index]))
            return "";
        var problem = TextParts.Tidy(WithoutTeller(head[..request.Index]));
        return problem.Length >= 4 ? problem : "";
    }

    // "帮我给云帆科技报个工单", "麻烦开个工单": who for and the asking are no problem.
    [GeneratedRegex(@"(?:帮我|帮忙|麻烦|请|给|为|替)[^，,。；;]{0,12}$")]
    private static partial Regex BeforeTheRequest();

    // "…工单优先级低分给我": the hand-over said last, after the request and its priority.
    [GeneratedRegex(@"(?:分配给|分给|指派给|派给|交给|转给)[^，,。；;]{1,8}$")]
    private static partial Regex HandOverAtTheEnd();

    private static string ProblemAfterTheRequest(string head)
    {
        var request = RequestPhrase().Match(head);
        if (!request.Success)
            return "";
        var problem = PriorityTail().Replace(PriorityHead().Replace(head[(request.Index + request.Length)..], ""), "");
        return ReporterTail().Replace(problem, "");
    }

    // "new ticket for Humongous high priority the claims uploads fail", "开个工单优先级高打印模板错位了": dictated, the priority
    // may come before the problem.
    [GeneratedRegex(@"^\s*(?:(?:urgent|high|normal|low|medium)\s+priority|priority\s+(?:is\s+)?(?:urgent|high|normal|low|medium)|urgent)\b"
        + @"|^\s*(?:优先级\s*(?:是|为|[:：])?\s*(?:紧急|高|普通|一般|中等|低)|(?:紧急|高|普通|低)优先级(?:的)?)", RegexOptions.IgnoreCase)]
    private static partial Regex PriorityHead();

    // "… PDFs over ten megs Sarah reported it": who reported it, said last, is not the problem (she is linked as the contact).
    [GeneratedRegex(@"\s+(?:\p{Lu}\p{Ll}+\s+){1,2}(?:reported|flagged|raised|noticed|found|called (?:it )?in)(?: (?:it|this|that))?\s*$")]
    private static partial Regex ReporterTail();

    [GeneratedRegex(@"(?:开|建|报|提|创建|新建|录)\s*(?:一)?\s*(?:个|张)?\s*工单|报(?:个|一个)(?:问题|故障|bug)|(?:\b(?:open|log|create|raise|file)\s+(?:a\s+|an\s+)?(?:new\s+)?|^(?:new|another)\s+|^(?=(?:(?:urgent|critical|high|normal|medium|low)(?:[\s-]+priority)?\s+)?(?:ticket|case)\s+for\b))(?:(?:urgent|critical|high|normal|medium|low)(?:[\s-]+priority)?\s+)?(?:ticket|case|issue)(?:\s+(?:for|with)\s+\S+(?:\s+(?-i:\p{Lu})\S*){0,2})?", RegexOptions.IgnoreCase)]
    private static partial Regex RequestPhrase();

    [GeneratedRegex(@"\s*(?:优先级.{0,12}|(?:urgent|high|normal|low|medium)\s+priority|priority\s+(?:is\s+)?\w+)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PriorityTail();

    /// <summary>"云帆科技赵经理反馈：审批流提交以后一直转圈": the first part only says who told.</summary>
    private static bool OnlyTheTeller(string segment) => Teller().Match(segment) is { Success: true } teller && segment.Trim().Length - teller.Length < 2;

    private static string WithoutTeller(string text)
    {
        var teller = Teller().Match(text);
        return teller.Success && text.Length - teller.Length >= 6 ? text[teller.Length..] : text;
    }

    // Who told is a subject without a verb of its own: in "Jane can't export reports to Excel" the reports are the problem's,
    // not Jane telling it, so a negation before the verb, or "reports" followed by where they go, is no teller.
    [GeneratedRegex(@"^(?:(?!\b(?:can'?t|cannot|couldn'?t|won'?t|doesn'?t|don'?t|didn'?t|isn'?t|aren'?t|not|unable|fails?|failed)\b)[^,，:：]){1,40}?\s(?:says|said|reports(?!\s+(?:to|in|into|on|from|for|are|is|were|was|aren'?t|don'?t|won'?t)\b)|reported|flagged|flags|tells us|told us|complains|complained|mentioned|noticed)\s+(?:that\s+)?|^[^,，:：]{1,12}?(?:反馈|反映|投诉)(?:说)?|^\s*[^,，:：\s]{1,6}\s*说\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Teller();

    private static string Short(string title) => title.Length <= 120 ? title : title[..117] + "...";

    [GeneratedRegex(@"(?:ticket|case|issue|incident|工单)[^:：]*[:：]\s*(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex AfterCue();

    /// <summary>
    /// A segment that only asks for the ticket ("please log a ticket", "open a case for Harbor", "帮忙建个工单",
    /// "帮我给百川物流开个工单"): it names the request, not the problem.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:please|pls|kindly|(?:can|could|would) (?:you|u))\s+)*(?:open|log|create|raise|file|submit|make|start|put in|enter)\s+(?:(?:a|an|new|the|support|urgent|critical|high|normal|medium|low|priority)\s+)*(?:ticket|case|incident)(?:\s+(?:for|with|at)\s+\S+(?:\s+\S+){0,3})?(?:\s+please)?[\s.!?]*$"
        + @"|^(?:open|log|file|raise|create)\s+(?:it|this|that)\s+as\s+(?:a\s+|an\s+)?(?:ticket|case|incident)[\s.!?]*$"
        + @"|^(?:(?:an?|new|support|urgent|critical|high|normal|medium|low|priority)[\s-]+)*(?:ticket|case)\s+(?:please|pls|plz)[\s.!?]*$"
        + @"|^(?:请|麻烦|帮忙|帮我|帮)*(?:给|为)?.{0,12}?(?:开|建|报|提|创建|新建|录)(?:一)?(?:个|张)?工单(?:吧|一下)?[。！!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex RequestOnly();

    [GeneratedRegex(TicketMentions.ThatAsNote + "|(?:把)?(?:这个|这些|这条|这)?(?:加到|记到|写到|放到)备注", RegexOptions.IgnoreCase)]
    private static partial Regex ThatAsNote();

    [GeneratedRegex(TicketMentions.AnotherOne + @"|\b(?:ticket|case|incident)s?\b|工单|报(?:个|一个)(?:问题|故障|bug)|\b(?:open|log|create|raise|file|submit)\s+(?:a\s+|an\s+)?(?:new\s+)?issue\b", RegexOptions.IgnoreCase)]
    private static partial Regex TicketNoun();

    [GeneratedRegex(@"^(?:(?:urgent|high|normal|low|medium)(?:\s+priority)?(?:\s+(?:i guess|i think|probably|please|pls|i'd say))?|priority\s+(?:is\s+)?\w+|优先级.{0,4}|.{0,4}优先级.{0,3}|(?:urgent|critical|asap|紧急|加急|很急|特急)[!！]*)$", RegexOptions.IgnoreCase)]
    private static partial Regex PriorityOnly();

    [GeneratedRegex(@"^(?:reported by|raised by|from)\s+\p{L}+", RegexOptions.IgnoreCase)]
    private static partial Regex Reporter();

    // What follows the cue's colon ("add a note to T-501: …", "add to T-509: …"), "note that …", "with a note '…'", "add a note to T-501 that …", a Chinese cue without a colon
    // ("备注一下原因是…"); a cue alone ("add a note to the tax rate ticket") leaves the note to the parts after it.
    [GeneratedRegex(@"(?:^(?:and\s+)?note\s+that\s+|(?:\b(?:add|put|leave|write)\s+(?:a\s+)?(?:note|comment)\b|\b(?:note|comment)\b|备注|评论|留言|补充|补(?:一|几|两)句|记一笔)[^:：]*[:：]|\bwith\s+(?:a\s+)?(?:note|comment)(?:\s+(?:saying|that))?|\b(?:add|put|leave|write)\s+(?:a\s+)?(?:note|comment)\b[^:：]*?\b(?:that|saying)\s+|(?:备注|留言|补充)(?!一?下$)(?:一下|下)?(?:说明|说)?(?=[^:：]+$)|(?:\b(?:add|put|leave|write)\s+(?:a\s+)?(?:note|comment)\b|\b(?:note|comment)\b|" + TicketMentions.AddToTicket + @"|备注|评论|留言|补充|补(?:一|几|两)句|记一笔)[^:：]*)\s*(?<note>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex NoteCue();
}
