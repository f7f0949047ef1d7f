using System.Text.RegularExpressions;
using Crm.Skills.Understanding.Index;
using Crm.Skills.Understanding.Language;
using Crm.Skills.Understanding.Plan;
using Crm.Skills.Understanding.Resolution;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// "reassign all of Tom's urgent tickets to me", "hand every open Globex ticket over to Avery", "把王芳的工单都转给我":
/// each ticket the words pick out (whose, which customer's, which priority or status; open unless a status is said) is
/// handed to one person, all in one change set. One ticket handed over is <see cref="TicketBuilder"/>'s.
/// </summary>
public static partial class AllTicketsHandedOver
{
    public static IReadOnlyList<PlannedAction>? Read(string text, TurnContext ctx)
    {
        var asked = English().Match(text) is { Success: true } english ? english
            : EveryOne().IsMatch(text) ? Chinese().Match(text) : Match.Empty;
        if (!asked.Success)
            return null;
        var which = asked.Groups["which"].Value;
        if (Receiver(asked.Groups["to"].Value.Trim(), ctx) is not { } receiver)
            return null;
        var owner = Mine().IsMatch(which) ? ctx.User.Id : Colleague(which, ctx);
        var priorities = Vocabulary.TicketPriorities(which).Where(m => !m.Negated).Select(m => m.Value).ToHashSet();
        var status = Vocabulary.TicketStatuses(which).Where(m => !m.Negated).Select(m => m.Value).Distinct().ToList() is [var one] ? one : (Crm.Data.Tickets.TicketStatus?)null;
        var customer = AccountResolver.Resolve(ctx.Index, which) is { IsUnique: true, Score: >= 0.8 } named ? named.Id : null;
        var tickets = ctx.Index.Tickets.Values
            .Where(t => status is null ? t.IsOpen : t.Status == status)
            .Where(t => (owner is null || t.AssigneeId == owner) && (customer is null || t.AccountId == customer)
                && (priorities.Count == 0 || priorities.Contains(t.Priority)) && t.AssigneeId != receiver)
            .Select(t => t.Id).Order(StringComparer.Ordinal).ToList();
        ctx.Explain.Reference("tickets", Resolved.Many(tickets, "every ticket the words pick out", which));
        if (tickets.Count == 0)
            throw new NothingMatchesException("No open tickets match that, so nothing was reassigned.", "没有符合条件的工单，没有做任何修改。");
        return [.. tickets.Select(id => new UpdateTicket(id) { AssigneeId = receiver, FromText = text })];
    }

    private static string? Receiver(string to, TurnContext ctx) =>
        Me().IsMatch(to) ? ctx.User.Id : UserResolver.Named(ctx.Index, to) ?? UserResolver.Familiar(ctx.Index, to, ctx.User.Team);

    /// <summary>"Tom's urgent", "王芳的", "小王的": whose tickets they are now.</summary>
    private static string? Colleague(string which, TurnContext ctx) =>
        UserResolver.Possessive(ctx.Index, which) is { IsUnique: true } possessive ? possessive.Id
            : UserResolver.Named(ctx.Index, which) ?? UserResolver.Familiar(ctx.Index, which, ctx.User.Team);

    [GeneratedRegex(@"^(?:(?:please|pls|can you|could you|and|then)\s+)*(?:re-?assign|hand|give|move|transfer|pass|escalate)\s+(?:over\s+)?(?:all|every|each)\b(?:\s+(?:of|the))*\s+(?<which>.*?)\b(?:tickets?|cases?)\s+(?:over\s+)?to\s+(?<to>[^,.;!?]+?)\s*(?:please|pls)?[.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex English();

    [GeneratedRegex(@"^(?:请|麻烦|帮我)*把(?<which>[^，,。；;]*?)工单(?:都|全部|全都|统统)?(?:转|分|交|派|指派|分配|移交)给(?<to>[^，,。；;\s]{1,8}?)(?:吧|处理|跟进)?[。！!]*$")]
    private static partial Regex Chinese();

    // "把王芳的工单都转给我": in Chinese every one of them is said with 都, 全部 or 所有.
    [GeneratedRegex(@"都|全部|所有|统统")]
    private static partial Regex EveryOne();

    [GeneratedRegex(@"^(?:me|myself|我|我自己)$", RegexOptions.IgnoreCase)]
    private static partial Regex Me();

    [GeneratedRegex(@"\bmy\b|\bmine\b|我的|我手上|我名下", RegexOptions.IgnoreCase)]
    private static partial Regex Mine();
}
