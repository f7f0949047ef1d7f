using System.Text.RegularExpressions;
using Crm.Data.Tickets;
using Crm.Skills.Understanding.Language;
using Crm.Skills.Understanding.Plan;
using Crm.Skills.Understanding.Resolution;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// A question for a list of tickets ("open tickets for Acme", "what's urgent in the queue?", "紧急工单有几个", "我手上的工单")
/// and a short follow-up that asks the list just shown again, changed ("what about resolved ones", "and the urgent ones?",
/// "已解决的呢"). Whose tickets: one customer's, the asker's own customers' ("across my accounts"), the ones assigned to the
/// asker or nobody; which: by priority, by status, or opened within some days ("how many came in this week").
/// </summary>
public static partial class TicketListQuestion
{
    public static bool IsAsked(string text) => TicketList().IsMatch(text);

    public static TicketListRead Read(string text, TurnContext ctx)
    {
        var account = AccountResolver.Resolve(ctx.Index, text);
        ctx.Explain.Reference("account", account);
        var mine = AssignedToMe().IsMatch(text);
        var priorities = PrioritiesAsked(text);
        // "how many tickets came in this week": every ticket opened in those days, whatever became of it.
        var opened = OpenedCue().IsMatch(text) ? ReadInterpreter.PeriodOf(text, ctx) : null;
        return new TicketListRead(account.Id, mine ? ctx.User.Id : null, OpenOnly: opened is null && !AllTickets().IsMatch(text),
            priorities is [var one] ? one : null, StatusAsked(text))
        {
            Unassigned = !mine && NobodyAssigned().IsMatch(text),
            AtLeast = priorities.Count > 1 ? priorities.Min() : null,
            AccountOwnerId = account.Id is null && MyCustomers().IsMatch(text) ? ctx.User.Id : null,
            Opened = opened,
        };
    }

    /// <summary>
    /// "open tickets for Acme" → "what about resolved ones": the same customer's tickets in that status. What the follow-up
    /// says (a status, a priority, a customer) replaces what the list was asked with; the rest stays. Null for anything
    /// else, and for a change asked of a ticket ("then close the urgent one").
    /// </summary>
    public static TicketListRead? Refine(string text, TicketListRead asked, TurnContext ctx)
    {
        if (!ReadRefinement.IsFollowUp(text) || !OfTickets().IsMatch(text) || ReadInterpreter.ChangesATicket(text)
            || Reading.IntentClassifier.TicketIds(text).Any())
            return null;
        var status = StatusAsked(text);
        var priorities = PrioritiesAsked(text);
        var open = OpenWord().IsMatch(text);
        var customer = AccountResolver.Resolve(ctx.Index, text) is { IsUnique: true, Score: >= 0.8 } named ? named.Id : null;
        if (status is null && priorities.Count == 0 && !open && customer is null)
            return null;
        var refined = asked with { AccountId = customer ?? asked.AccountId };
        if (status is not null || open)
            refined = refined with { Status = status, OpenOnly = true };
        if (priorities.Count > 0)
            refined = refined with { Priority = priorities is [var one] ? one : null, AtLeast = priorities.Count > 1 ? priorities.Min() : null };
        return refined;
    }

    /// <summary>"what's urgent in the queue?", "有哪些紧急的工单", "every high or urgent ticket": the priorities a ticket list is asked for.</summary>
    private static List<TicketPriority> PrioritiesAsked(string text) =>
        [.. Vocabulary.TicketPriorities(text).Where(m => !m.Negated).Select(m => m.Value).Distinct()];

    /// <summary>"which tickets are waiting on the customer?", "哪些工单在处理中", "resolved tickets for Acme": the one status asked for.</summary>
    private static TicketStatus? StatusAsked(string text) =>
        Vocabulary.TicketStatuses(text).Where(m => !m.Negated).Select(m => m.Value).Distinct().ToList() is [var one] ? one : null;

    // "what's urgent in the queue right now?": the support queue is the open tickets. "紧急工单有几个", "我手上的工单": a list, counted.
    // "还没分配的工单": the ones nobody has.
    [GeneratedRegex(@"(?:还没|没有?|未|待)(?:分配|指派|认领|人(?:接|处理|跟|负责|认领))(?:处理人)?的?工单|\btickets\b|\bcases\b|\b(?:every|all|each)\s+(?:\w+\s+){0,4}?(?:ticket|case)\b|\b(?:the|my|our|support|ticket)\s+queue\b|工单.{0,8}(?:有哪些|哪些|列表|还没|没解决|未解决|没处理完|有几个|有多少|几个|多少)|(?:哪些|有什么|几个|多少个?).{0,8}工单|没处理完的|^我(?:手上|手里|名下|这边|负责)?的工单(?:有哪些|呢)?[？?]?$", RegexOptions.IgnoreCase)]
    private static partial Regex TicketList();

    // "我手上等客户回复的工单": the tickets in my hands are the ones assigned to me; so are "my unresolved tickets", "my urgent cases".
    [GeneratedRegex(@"\bassigned to me\b|\bmy (?:(?!(?:accounts?|customers?|clients?)\b)[\w-]+ )?(?:tickets|cases)\b|\bmine\b|分给我|分配给我|我负责的|我的工单|我(?:手上|手里|名下|这边)", RegexOptions.IgnoreCase)]
    private static partial Regex AssignedToMe();

    // "open tickets across my accounts", "我的客户有几个工单": the tickets of the customers the asker owns, not the ones assigned to them.
    [GeneratedRegex(@"\b(?:my|our)\s+(?:own\s+)?(?:accounts|customers|clients|book)\b|我(?:的|负责的|名下的?|手上的)(?:客户|账户)", RegexOptions.IgnoreCase)]
    private static partial Regex MyCustomers();

    // "how many tickets came in this week", "本周新建了几个工单": opened in the days said, not due or closed then.
    [GeneratedRegex(@"\b(?:came|come|coming|got|were|was|been)\s+(?:in|opened|raised|logged|filed|created|submitted|reported)\b|\b(?:opened|raised|filed|created|submitted|new)\b|新(?:建|开|提|报|来|增)|进来|提(?:了|的)|报(?:了|的)|来了", RegexOptions.IgnoreCase)]
    private static partial Regex OpenedCue();

    // "anything unassigned in the queue?", "which tickets hasn't anyone picked up yet?", "哪些工单还没分配处理人": nobody's tickets.
    [GeneratedRegex(@"\bunassigned\b|\bnot (?:yet )?assigned\b|\b(?:no ?one|nobody)(?:'s| is| has)? (?:\w+ )?(?:assigned|picked|taken|claimed|owns?)\b|\b(?:hasn'?t|haven'?t|has not|have not) (?:anyone|anybody|someone) (?:\w+ )?(?:picked|taken|claimed)\b|\bwithout (?:an? )?(?:assignee|owner)\b|(?:没|未|还没)(?:有)?分配|没人(?:接|处理|跟|负责|认领)|(?:还没|没有|无)人(?:接|处理|跟|负责|认领)", RegexOptions.IgnoreCase)]
    private static partial Regex NobodyAssigned();

    [GeneratedRegex(@"\ball tickets\b|\bincluding (?:closed|resolved)\b|所有工单|全部工单", RegexOptions.IgnoreCase)]
    private static partial Regex AllTickets();

    // "what about resolved ones", "and the urgent tickets?", "已解决的呢": a follow-up about tickets, not about a deal or a task.
    [GeneratedRegex(@"\bones?\b|\btickets?\b|\bcases?\b|工单|的(?:呢|那些|几个)?[?？]?$", RegexOptions.IgnoreCase)]
    private static partial Regex OfTickets();

    // "and the open ones again?", "没解决的呢": back to the open tickets.
    [GeneratedRegex(@"\b(?:open|unresolved|outstanding)\b|未解决|没解决|没处理完", RegexOptions.IgnoreCase)]
    private static partial Regex OpenWord();
}
