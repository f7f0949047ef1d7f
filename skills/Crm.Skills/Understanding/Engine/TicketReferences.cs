using System.Text.RegularExpressions;
using Crm.Skills.Understanding.Resolution;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// The ticket a message names by description, settled the way other references are: one clear match
/// is used, several are offered as choices, none is said (and asked), and an earlier answer wins.
/// The account in context narrows the search unless a ticket elsewhere fits the words clearly better.
/// </summary>
public static partial class TicketReferences
{
    public static string Resolve(string text, string? accountId, TurnContext ctx)
    {
        var bound = ctx.Bindings.TicketId;
        var (found, best) = TicketResolver.Scored(ctx.Index, text, accountId);
        // The account in context may only have been guessed from a deal or contact word: a ticket elsewhere
        // that fits the description better wins over a weak fit at that account.
        // A customer named by its name is not a guess: "Coho Winery … errors" never lands on another customer's "errors" ticket.
        if (accountId is not null && !NamedByName(text, accountId, ctx) && TicketResolver.Scored(ctx.Index, text, null) is var (wider, widerBest) && widerBest > best + 0.001)
            found = wider;
        if (bound is not null && (!found.IsUnique || found.Id == bound))
            found = Resolved.One(bound, "chosen by the user", 1, null);
        ctx.Explain.Reference("ticket", found);
        if (found.IsUnique)
            return found.Id!;
        if (found.IsAmbiguous)
            throw new NeedsAnswerException(SlotKind.Ticket, found.Candidates, found.How);
        // "add a comment to the Globex ticket: …" with words that fit none of its tickets: its open ones are offered, and
        // "bump the Northwind ticket to urgent", naming only the customer's ticket, is its one open ticket.
        if (accountId is not null && OpenTicketsOf(accountId, ctx) is { Count: > 0 } open)
        {
            // "在那个工单上也备注一下" after a call with the customer was logged: "that ticket" is their one open ticket.
            if (open is [var only] && (TheCustomersTicket(text, accountId, ctx) || ThePersonsTicket(text, accountId, ctx) || (ctx.Bindings.AccountId == accountId && ThatTicket().IsMatch(text))))
                return only;
            throw new NeedsAnswerException(SlotKind.Ticket, open, "no ticket fits the description; the account's open tickets are offered");
        }
        throw new NeedsAnswerException(SlotKind.Ticket, [], "no ticket fits the description") { Field = "ticket" };
    }

    private static bool NamedByName(string text, string accountId, TurnContext ctx) =>
        AccountResolver.Resolve(ctx.Index, text) is { IsUnique: true } said && said.Id == accountId && said.Score >= 0.9;

    /// <summary>"the Northwind ticket", "Northwind's ticket", "恒通那个工单": the ticket right after the customer's name.</summary>
    private static bool TheCustomersTicket(string text, string accountId, TurnContext ctx)
    {
        if (AccountResolver.Resolve(ctx.Index, text) is not { IsUnique: true, Text: { Length: > 0 } said } named || named.Id != accountId)
            return false;
        var at = text.IndexOf(said, StringComparison.OrdinalIgnoreCase);
        return at >= 0 && TicketRightAfter().IsMatch(text[(at + said.Length)..]);
    }

    /// <summary>"王磊那边的工单", "Jane's ticket": the ticket right after a person of that customer, who stands for the customer.</summary>
    private static bool ThePersonsTicket(string text, string accountId, TurnContext ctx)
    {
        if (ContactResolver.Resolve(ctx.Index, text, accountId) is not { IsUnique: true, Text: { Length: > 0 } said })
            return false;
        var at = text.IndexOf(said, StringComparison.OrdinalIgnoreCase);
        return at >= 0 && TicketRightAfter().IsMatch(text[(at + said.Length)..]);
    }

    [GeneratedRegex(@"(?:^|[在给把对往])(?:那个|这个|该)工单|\b(?:to|on|in|for)\s+(?:the|that|this)\s+ticket\b(?!\s+(?:about|for|on|regarding|re)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ThatTicket();

    // "恒通那个工单", "王磊那边的工单": "that side" of a customer or person is still theirs.
    [GeneratedRegex(@"^(?:'s|’s)?\s*(?:那边|那里|这边)?(?:的|那个|这个|那张)?\s*(?:tickets?\b|case\b|工单)", RegexOptions.IgnoreCase)]
    private static partial Regex TicketRightAfter();

    // Tickets are not indexed by account; this runs only when a description fits nothing, before asking.
    public static List<string> OpenTicketsOf(string accountId, TurnContext ctx) =>
        [.. ctx.Index.Tickets.Values.Where(t => t.AccountId == accountId && t.IsOpen).Select(t => t.Id).Order(StringComparer.Ordinal).Take(TicketResolver.MaxChoices)];
}
