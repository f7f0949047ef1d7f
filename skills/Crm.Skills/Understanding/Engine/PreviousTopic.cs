using System.Text.RegularExpressions;
using Crm.Skills.Understanding.Plan;
using Crm.Skills.Understanding.Reading;
using Crm.Skills.Understanding.Resolution;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// What "him", "it" and "她" mean in a message that names nothing else: the records the last write was about
/// ("met Carlos at Acme Robotics" → "remind me to follow up with him next Thursday"; "…跟郑主任开了个会" →
/// "顺便把它推到方案报价"), or what a read since then showed ("what's going on with T-509?" → "bump it to urgent").
/// They stand in as an answer to a question would (bindings), and only when the message names no account, person
/// or ticket of its own.
/// </summary>
public static partial class PreviousTopic
{
    /// <summary>The last write's account, person, deal and ticket, when the message refers back and names none of its own.</summary>
    /// <param name="earlier">The write before the last: "him" after a call and then a deal moved is the person called.</param>
    public static (Bindings Topic, string Text)? For(string text, LastWrite last, TurnContext ctx, LastWrite? earlier = null)
    {
        var (account, contact, deal, ticket) = RecordsOf(last);
        // "再加一个提醒 下周四之前给王总发合同初稿" right after a meeting at 云帆科技: 王总 is looked for at that customer first.
        if (HonoredPersonThere(text, AccountOf(account, contact, deal, ticket, ctx), ctx))
            return Topic(account, null, deal, null, ctx) is { } there ? (there, text) : null;
        if (NamesItsOwn(text, ctx))
            return null;
        // "另一个推到需求挖掘", "and the other one to qualified": the customer's one other open deal.
        if (deal is not null && OtherOneSaid().Match(text) is { Success: true } other && OtherDeal(deal, last, ctx) is { } theOther)
            // "push the other one to Dec 15" reads as "push it to Dec 15"; "另一个推到需求挖掘" as "推到需求挖掘".
            return Topic(null, null, theOther, null, ctx) is { } picked
                ? (picked, text.Remove(other.Index, other.Length).Insert(other.Index, other.Value[0] == '另' ? "" : TheOtherOne(text, other, last)))
                : null;
        if (contact is null && earlier is not null && Person().IsMatch(text) && RecordsOf(earlier) is { Contact: { } before } was
            && ctx.Index.Contacts.TryGetValue(before, out var person)
            && person.AccountId == (account ?? (deal is not null && ctx.Index.Deals.TryGetValue(deal, out var d) ? d.AccountId : was.Account)))
            contact = before;
        if (!RefersBack().IsMatch(text) && !ChangesTheRecordWritten(text, deal, ticket, ctx))
            return null;
        return Topic(account, contact, deal, ticket, ctx) is { } topic ? (topic, SaidWithTicketId(text, topic)) : null;
    }

    /// <summary>
    /// A person named only by surname and honorific (王总, 李经理), who is several people in the store but one at the customer
    /// in context, in a message that names no customer or ticket of its own: Chinese honorifics name a contact at the account in context.
    /// </summary>
    private static bool HonoredPersonThere(string text, string? accountId, TurnContext ctx) =>
        accountId is not null && Language.Honorifics.FindAll(text).Count > 0 && AccountResolver.Resolve(ctx.Index, text).IsNone
        && !Reading.IntentClassifier.IsTicketId(text) && ContactResolver.Resolve(ctx.Index, text, accountId).IsUnique
        && ContactResolver.Resolve(ctx.Index, text, null) is { IsUnique: false, IsNone: false };

    private static string? AccountOf(string? account, string? contact, string? deal, string? ticket, TurnContext ctx) =>
        Topic(account, contact, deal, ticket, ctx)?.AccountId;

    /// <summary>
    /// "it", or "its close date" when the last write moved a close date and the message only says where to
    /// ("Globex renewal close date Dec 18" → "and the other one to end of January").
    /// </summary>
    private static string TheOtherOne(string text, Match other, LastWrite last) =>
        SaysOnlyWhereTheDateGoes(text.Remove(other.Index, other.Length).Insert(other.Index, "it"), last) ? "its close date" : "it";

    /// <summary>"and it to end of January" right after a close date was moved: the message asks nothing but says where to, so it moves that date too.</summary>
    internal static bool SaysOnlyWhereTheDateGoes(string asIt, LastWrite last) =>
        last.Actions.OfType<UpdateDeal>().Any(d => d.CloseDate is not null) && Reading.ClauseSplitter.Split(asIt).All(c => c.Intent == Reading.Intent.None);

    /// <summary>
    /// "when does the other one close?" after a write on a deal: the deal the message means by "the other one", if it
    /// says so; null when it does not.
    /// </summary>
    public static string? TheOtherDealAsked(string text, LastWrite last, TurnContext ctx) =>
        OtherOneSaid().IsMatch(text) && RecordsOf(last).Deal is { } deal ? OtherDeal(deal, last, ctx) : null;

    // The other deal of a list the write picked its deal from, else the customer's one other open deal.
    private static string? OtherDeal(string deal, LastWrite last, TurnContext ctx)
    {
        if (last.ShownWith.Where(ctx.Index.Deals.ContainsKey).ToList() is { Count: > 0 } listed)
            return listed is [var only] ? only : null;
        return CustomersOtherOpenDeal(deal, ctx);
    }

    /// <summary>The one other open deal of <paramref name="deal"/>'s customer, or null when it has none or several.</summary>
    public static string? CustomersOtherOpenDeal(string deal, TurnContext ctx) =>
        ctx.Index.Deals.TryGetValue(deal, out var known)
        && ctx.Index.OpenDealsOf(known.AccountId).Where(d => d.Id != deal).Select(d => d.Id).ToList() is [var one] ? one : null;

    /// <summary>"the other one", "另一个": the message means the deal beside the one in view.</summary>
    public static bool SaysTheOtherOne(string text) => OtherOneSaid().IsMatch(text);

    // "and the other one to proposal", "push the other deal to Dec 15", "另一个推到需求挖掘"; not "另一个联系人".
    [GeneratedRegex(@"\bthe other (?:one|deal|opp(?:ortunity)?)\b|另(?:外)?一个(?:单子|商机)?(?!客户|联系人|人|工单|问题)|另一单", RegexOptions.IgnoreCase)]
    private static partial Regex OtherOneSaid();

    /// <summary>
    /// "把这个记到T-606的备注里" right after a call was logged: "这个" is what the call was about, which the note then says.
    /// </summary>
    public static string WithThatNoted(string text, LastWrite last)
    {
        if (last.Actions.OfType<LogActivity>().FirstOrDefault()?.Summary is not { Length: > 0 } summary)
            return text;
        if (NotedThat().Match(text) is { Success: true } that)
            return string.Concat(text.AsSpan(0, that.Groups["that"].Index), summary, text.AsSpan(that.Groups["that"].Index + that.Groups["that"].Length));
        // "在那个工单上也备注一下" right after a call was logged: a note asked for with nothing to note is what the call was about.
        return NoteOnTheTicketToo().IsMatch(text) ? text + (Index.NameText.HasCjk(text) ? "：" : ": ") + summary : text;
    }

    [GeneratedRegex(@"^(?:也|再)?(?:在|给|往)?(?:那个|这个|该)?工单(?:上|里)?(?:也|再)?(?:加个?备注|备注|记一笔|记)(?:一下|下)?(?:吧)?[。！!]?$|^(?:and\s+|also\s+)*(?:add|put|log|note)\s+(?:that|this|it)\s+(?:on|to|in)\s+(?:the|that)\s+ticket(?:\s+too|\s+as\s+well)?[.!]?$", RegexOptions.IgnoreCase)]
    private static partial Regex NoteOnTheTicketToo();

    /// <summary>
    /// "再加一条 下周一跟云帆王总确认需求", "another one: call Dev on Monday" right after a reminder was set: another reminder, asked
    /// for as the first was.
    /// </summary>
    public static string WithAnotherTask(string text, LastWrite last)
    {
        if (!last.Actions.Any(a => a is CreateTask) || AnotherTask().Match(text) is not { Success: true } another)
            return text;
        var rest = another.Groups["rest"].Value;
        return IntentClassifier.HasTaskCue(rest) ? rest
            : Index.NameText.HasCjk(rest) ? "提醒我" + rest
            : "remind me to " + rest;
    }

    [GeneratedRegex(@"^(?:(?:and|also|oh|ok(?:ay)?)[\s,]+)*(?:add\s+)?(?:another(?:\s+one)?|one more)(?:\s+(?:reminder|task|to-?do))?\s*[:：,，-]\s*(?<rest>.{4,})$|^(?:对了|还有|另外)?[\s,，]*(?:再|还)(?:帮我)?(?:加|建|来|记|添|设)(?:一)?(?:条|个)(?:提醒|待办|任务)?[\s:：,，]*(?<rest>.{3,})$", RegexOptions.IgnoreCase)]
    private static partial Regex AnotherTask();

    /// <summary>The account, person, deal and ticket the last write was about, each the first its actions name.</summary>
    public static (string? Account, string? Contact, string? Deal, string? Ticket) RecordsOf(LastWrite last)
    {
        string? account = null, contact = null, deal = null, ticket = null;
        for (var i = 0; i < last.Actions.Count; i++)
        {
            var created = i < last.RecordIds.Count ? last.RecordIds[i] : null;
            var (a, c, d, t) = last.Actions[i] switch
            {
                LogActivity x => (x.AccountId, x.ContactId, x.DealId, (string?)null),
                CreateTask x => (x.AccountId, x.ContactId, x.DealId, null),
                UpdateDeal x => (null, null, x.DealId, null),
                CreateDeal x => (x.AccountId, null, created, null),
                UpdateTicket x => (null, null, null, x.TicketId),
                CreateTicket x => (x.AccountId, x.ContactId, null, created),
                UpdateContact x => (null, x.ContactId, null, null),
                CreateContact x => (x.AccountId, created, null, null),
                _ => ((string?)null, (string?)null, (string?)null, (string?)null),
            };
            account ??= a;
            contact ??= c;
            deal ??= d;
            ticket ??= t;
        }
        return (account, contact, deal, ticket);
    }

    /// <summary>
    /// "金额改成二十二万", "优先级改成高吧", "next step is a pricing workshop on Dec 3" right after a write: a change of a
    /// deal's or ticket's fields that names no deal is about the one just written.
    /// </summary>
    private static bool ChangesTheRecordWritten(string text, string? deal, string? ticket, TurnContext ctx)
    {
        if (ticket is not null)
            return SaysATicketField(text);
        return deal is not null && Reading.ClauseSplitter.Split(text) is { Count: > 0 } clauses && clauses.All(c => c.Intent == Reading.Intent.UpdateDeal)
            && Index.MentionFinder.Find(ctx.Index.DealWords, text).Count == 0;
    }

    /// <summary>
    /// After a read, what the message points at in it: one listed record described by its stage or status ("the
    /// pending one", "谈判那个"), with the message saying "it" instead, or for "it"/"它" the ticket asked after, the one
    /// record a list showed, or the account summarised; a ticket's new status or priority said alone is for the one ticket shown.
    /// </summary>
    public static (Bindings Topic, string Text)? AfterRead(string text, ReadTopic shown, TurnContext ctx)
    {
        // "那就只记一下这个电话" after a request to log a call and change something was refused: only that call, logged.
        if (RefusedRequest.OnlyItsActivity(text, shown) is { } activity)
            return (ctx.Bindings, activity);
        // Naming the customer is how one of the listed tickets is picked here, not a record of the message's own.
        if (ListedRecordPick.ByCustomer(text, shown, ctx.Index) is { } ofCustomer)
            return Topic(null, null, ofCustomer.DealId, ofCustomer.TicketId, ctx) is { } chosen ? (chosen, ofCustomer.Text) : null;
        // "add a note to it: Jane says new hires start on the 30th": who the note speaks of is what it says, not a record of its own.
        var asked = Reading.TicketMentions.NoteAsked(text) is { Success: true } note ? note.Groups["request"].Value : text;
        if (NamesItsOwn(asked, ctx) && !NamesOnlyPeopleOf(asked, OneTicketsAccount(shown, ctx), ctx))
            return null;
        if (ListedRecordPick.Find(text, shown, ctx.Index) is { } pick)
            return Topic(null, null, pick.DealId, pick.TicketId, ctx) is { } picked ? (picked, pick.Text) : null;
        // "客户今天回复了，改成处理中，优先级调成高" right after one ticket was shown changes that ticket, "it" unsaid.
        // "ok, add a comment then: Bill says the reset emails land in spam" after one ticket was shown (or refused a change): a note on it.
        var changesTheTicketShown = shown is { AccountId: null, Deals: [], Tickets: [_] } && (SaysATicketField(text) || Reading.TicketMentions.NoteAsked(text).Success);
        // "这个推到下个月15号", "金额改成十九万" after a list of one deal: that deal.
        var changesTheDealShown = shown is { AccountId: null, Deals: [var listed], Tickets: [] } && ChangesTheRecordWritten(text, listed, null, ctx);
        // "那个单子下一步改成下周一签合同", "关单日期推到下个月15号" after a customer summary showing one open deal: that deal, the
        // only one a deal's change can be about there, whether the message says "the deal" or not.
        var changesTheDealSummarised = shown is { AccountId: not null, Deals: [var summarised] } && ChangesTheRecordWritten(text, summarised, null, ctx);
        // "分给我", "assign to Tom" after a customer summary showing one open ticket: only a ticket is handed over, so that ticket.
        var handsOverTheTicketSummarised = shown is { AccountId: not null, Tickets: [_] } && Reading.TicketMentions.IsHandOver(text);
        // "add a contact there: Peter Quill, …" after a customer summary: there is that customer.
        var atTheAccountShown = shown.AccountId is not null && ThereMeaningTheAccount().IsMatch(text);
        if (!RefersBack().IsMatch(text) && !changesTheTicketShown && !changesTheDealShown && !changesTheDealSummarised && !atTheAccountShown
            && !handsOverTheTicketSummarised)
            return null;
        var (deal, ticket) = (shown.AccountId, shown.Deals, shown.Tickets) switch
        {
            (null, [var one], []) => (one, null),
            (null, [], [var one]) => ((string?)null, one),
            _ => (null, null),
        };
        // "把那个工单改成高优先级" after a customer summary showing one open ticket: that ticket.
        if (ticket is null && shown.Tickets is [var only] && (TicketNoun().IsMatch(text) || handsOverTheTicketSummarised))
            ticket = only;
        else if (changesTheDealSummarised)
            deal = shown.Deals[0];
        // "帮我记一下，今天给她发了对账单" after one contact was shown: "她" is that contact.
        return Topic(shown.AccountId, shown.ContactId, deal, ticket, ctx) is { } topic
            ? (RefusedRequest.WithItsPerson(topic, text, shown, ctx), SaidWithTicketId(text, topic))
            : null;
    }

    /// <summary>"bump it to urgent" → "bump T-509 to urgent": the ticket skills read a ticket by its id.</summary>
    private static string SaidWithTicketId(string text, Bindings topic) =>
        topic.TicketId is not { } id || Reading.IntentClassifier.IsTicketId(text) ? text
        // "ok, add a comment then: …" → "ok, add a comment to T-509 then: …", "加个备注 …" → "给T-509加个备注 …"; an "it" in what
        // the note says is not the ticket.
        : Reading.TicketMentions.NoteAsked(text) is { Success: true } note && !ThingReferredTo().IsMatch(note.Groups["request"].Value)
            ? NoteSaidOn(text, note, id)
        : ThingReferredTo().Match(text) is { Success: true } it ? string.Concat(text.AsSpan(0, it.Index), id, text.AsSpan(it.Index + it.Length))
        : SaysATicketField(text) ? id + " " + text
        : text;

    // "那帮我加个备注 校长很着急" → "T-605加个备注：校长很着急": a Chinese note reads as the ticket's note, what it says after the colon.
    private static string NoteSaidOn(string text, Match note, string id) => Index.NameText.HasCjk(note.Groups["noun"].Value)
        ? $"{id}加个{note.Groups["noun"].Value}：{text[(note.Index + note.Length)..].TrimStart(' ', ':', '：', ',', '，')}"
        : text.Insert(note.Groups["noun"].Index + note.Groups["noun"].Length, " to " + id);

    private static bool SaysATicketField(string text) =>
        Reading.IntentClassifier.SaysATicketValue(text) || Reading.TicketMentions.IsHandOver(text);

    /// <summary>
    /// "set it to waiting on customer and add a note: asked Sofia for the logs" after one ticket was shown: the person
    /// named works at that ticket's customer, so the message is still about the ticket.
    /// </summary>
    private static bool NamesOnlyPeopleOf(string text, string? accountId, TurnContext ctx) =>
        accountId is not null && AccountResolver.Resolve(ctx.Index, text).IsNone && !Reading.IntentClassifier.IsTicketId(text)
        && ContactResolver.Resolve(ctx.Index, text, null) is { IsNone: false } named
        && named.Candidates.All(c => ctx.Index.Contacts.TryGetValue(c, out var person) && person.AccountId == accountId);

    private static string? OneTicketsAccount(ReadTopic shown, TurnContext ctx) =>
        shown is { AccountId: null, Deals: [], Tickets: [var one] } && ctx.Index.Tickets.TryGetValue(one, out var ticket) ? ticket.AccountId : null;

    public static bool NamesItsOwn(string text, TurnContext ctx) => NamesItsOwnRecords(UserResolver.WithoutAssignee(ctx.Index, text), ctx);

    private static bool NamesItsOwnRecords(string text, TurnContext ctx) =>
        !AccountResolver.Resolve(ctx.Index, text).IsNone || !ContactResolver.Resolve(ctx.Index, text, null).IsNone
        || Reading.IntentClassifier.IsTicketId(text);

    private static Bindings? Topic(string? account, string? contact, string? deal, string? ticket, TurnContext ctx)
    {
        // Only records the index knows: one created a moment ago may not be in it yet.
        var index = ctx.Index;
        deal = deal is not null && index.Deals.ContainsKey(deal) ? deal : null;
        contact = contact is not null && index.Contacts.ContainsKey(contact) ? contact : null;
        ticket = ticket is not null && index.Tickets.ContainsKey(ticket) ? ticket : null;
        account ??= deal is not null ? index.Deals[deal].AccountId : contact is not null ? index.Contacts[contact].AccountId
            : ticket is not null ? index.Tickets[ticket].AccountId : null;
        if (account is null)
            return null;
        return new Bindings(account, contact, deal, null) { TicketId = ticket };
    }

    [GeneratedRegex(@"\b(?:ticket|case)\b|工单", RegexOptions.IgnoreCase)]
    private static partial Regex TicketNoun();

    // 那个 may be gone as a filler: "把那个记到…备注" arrives as "把记到…备注".
    [GeneratedRegex(@"把(?<that>这个|这些|这条|这事|这件事|那个|那些|那条|)(?:记|加|写|放|补|添)(?:到|进|在)[^，,。；;]{0,12}?(?:备注|评论|留言)")]
    private static partial Regex NotedThat();

    [GeneratedRegex(@"\b(?:him|her|them)\b|[他她]", RegexOptions.IgnoreCase)]
    private static partial Regex Person();

    // "add a contact there", "log a visit there": a place, not "is there …" or "there's a bug".
    [GeneratedRegex(@"(?<!\b(?:is|are|was|were|be)\s)\bthere\b(?!'s|'re|\s+(?:is|are|was|were|will|has|have|had|seems?)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ThereMeaningTheAccount();

    /// <summary>The words of <see cref="RefersBack"/> that stand for a thing (not a person).</summary>
    [GeneratedRegex(@"\b(?:it|this one|that one|the ticket|this ticket|that ticket)\b|它|(?:这个|那个|该)工单", RegexOptions.IgnoreCase)]
    private static partial Regex ThingReferredTo();

    // 那个 is also a filler and may be gone: "把那个工单改成高" arrives as "把工单改成高". "he"/"she" is the person just written
    // about too: "also add a note that he wants our pen test summary" after a call with him; and "his", as "her" is: "his phone is …".
    [GeneratedRegex(@"\b(?:him|her|his|he|she|them|their|they|it|its|this one|that one|the deal|the ticket|this deal|that deal|this ticket|that ticket)\b|[他她它]|这个(?:单子|商机|工单|客户)|那个(?:单子|商机|工单|客户)|这单|该(?:客户|商机|工单)|(?:^|把)工单", RegexOptions.IgnoreCase)]
    private static partial Regex RefersBack();
}
