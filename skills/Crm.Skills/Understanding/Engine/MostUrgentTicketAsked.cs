using System.Text.RegularExpressions;
using Crm.Skills.Understanding.Plan;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// "我手上的工单" → "哪个最急", "which one's the most urgent?": the most urgent of the tickets just listed. When several
/// share that priority, the list asked before is shown again with only them.
/// </summary>
public static partial class MostUrgentTicketAsked
{
    public static ReadRequest? After(string text, ReadTopic shown, TurnContext ctx)
    {
        if (shown.Tickets.Count < 2 || !MostUrgent().IsMatch(text))
            return null;
        var tickets = shown.Tickets.Select(id => ctx.Index.Tickets.GetValueOrDefault(id)).OfType<Index.IndexedTicket>().ToList();
        if (tickets.Count == 0)
            return null;
        var top = tickets.Max(t => t.Priority);
        return tickets.Where(t => t.Priority == top).ToList() switch
        {
            [var one] => new TicketRead(one.Id),
            _ when shown.TicketsAsked is { } asked => asked with { Priority = top, AtLeast = null },
            var tied => new TicketRead(tied[0].Id),
        };
    }

    [GeneratedRegex(@"^(?:(?:and|so|ok(?:ay)?)[\s,]+)?(?:which|what)(?:\s+one)?(?:'s|\s+is|\s+are)?\s+(?:the\s+)?(?:most\s+urgent|most\s+pressing|most\s+critical|highest\s+priority|top\s+priority)\b|^(?:那)?哪(?:个|张|一个)(?:工单)?(?:最急|最紧急|最要紧|优先级最高)", RegexOptions.IgnoreCase)]
    private static partial Regex MostUrgent();
}
