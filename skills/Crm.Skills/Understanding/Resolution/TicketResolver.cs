using Crm.Skills.Understanding.Index;

namespace Crm.Skills.Understanding.Resolution;

/// <summary>
/// Which ticket a description names ("the SSO ticket", "关于登录的那个工单"), through the ticket word
/// index: within the account in context when there is one, the tickets sharing the most (title-weighted)
/// words win, and open tickets are preferred to closed ones that fit as well.
/// </summary>
public static class TicketResolver
{
    public const int MaxChoices = 8;

    public static Resolved Resolve(StoreIndex index, string text, string? accountId, IReadOnlyCollection<string>? among = null) =>
        Scored(index, text, accountId, among).Resolved;

    /// <summary>The resolution and the score of its best fit (0 when nothing fits).</summary>
    public static (Resolved Resolved, double Best) Scored(StoreIndex index, string text, string? accountId, IReadOnlyCollection<string>? among = null)
    {
        var hits = index.TicketWords.Match(text)
            .Where(h => index.Tickets.TryGetValue(h.Key, out var t) && (accountId is null || t.AccountId == accountId)
                && (among is null || among.Contains(h.Key)))
            .Select(h => (Ticket: index.Tickets[h.Key], Score: h.Value))
            .ToList();
        if (hits.Count == 0)
            return (Resolved.None, 0);
        var best = hits.Max(h => h.Score);
        var top = hits.Where(h => h.Score >= best - 0.001).ToList();
        if (top.Count > 1 && top.Any(h => h.Ticket.IsOpen))
            top = [.. top.Where(h => h.Ticket.IsOpen)];
        var ids = top.OrderBy(h => h.Ticket.Id, StringComparer.Ordinal).Select(h => h.Ticket.Id).Take(MaxChoices).ToList();
        return (ids.Count == 1
            ? Resolved.One(ids[0], $"ticket words of '{index.Tickets[ids[0]].Title}'", best, text)
            : Resolved.Many(ids, "several tickets fit the description", text), best);
    }
}
