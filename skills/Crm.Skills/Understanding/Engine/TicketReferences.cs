using Crm.Skills.Understanding.Resolution;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// The ticket a message names by description, settled the way other references are: one clear match
/// is used, several are offered as choices, none is said (and asked), and an earlier answer wins.
/// The account in context narrows the search unless a ticket elsewhere fits the words clearly better.
/// </summary>
public static class TicketReferences
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
        // "add a comment to the Globex ticket: …" with words that fit none of its tickets: its open ones are offered.
        if (accountId is not null && OpenTicketsOf(accountId, ctx) is { Count: > 0 } open)
            throw new NeedsAnswerException(SlotKind.Ticket, open, "no ticket fits the description; the account's open tickets are offered");
        throw new NeedsAnswerException(SlotKind.Ticket, [], "no ticket fits the description") { Field = "ticket" };
    }

    private static bool NamedByName(string text, string accountId, TurnContext ctx) =>
        AccountResolver.Resolve(ctx.Index, text) is { IsUnique: true } said && said.Id == accountId && said.Score >= 0.9;

    // Tickets are not indexed by account; this runs only when a description fits nothing, before asking.
    public static List<string> OpenTicketsOf(string accountId, TurnContext ctx) =>
        [.. ctx.Index.Tickets.Values.Where(t => t.AccountId == accountId && t.IsOpen).Select(t => t.Id).Order(StringComparer.Ordinal).Take(TicketResolver.MaxChoices)];
}
