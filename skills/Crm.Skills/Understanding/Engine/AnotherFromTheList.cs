using System.Text.RegularExpressions;
using Crm.Skills.Understanding.Plan;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// Right after a write on a deal or ticket picked from a list, another one of that list, picked the same ways (by its
/// customer, place, size, stage, status or words): "push the Adventure Works one to Jan 8" → "and the Acme one to end of
/// Jan"; "the Initech one is solved" → "and the WWI one is waiting on the customer"; "move the biggest one to proposal" →
/// "and mark the smallest as won"; "the CSV one is fixed" → "add a note to the other one: …". A follow-up that says only
/// where to ("and the Acme one to end of Jan") moves the same date the write moved.
/// </summary>
internal static partial class AnotherFromTheList
{
    public static (Bindings Topic, string Text)? After(string text, LastWrite last, TurnContext ctx)
    {
        if (last.PickedFrom is not { } list)
            return null;
        var pick = ListedRecordPick.ByCustomer(text, list, ctx.Index)
            ?? (PreviousTopic.NamesItsOwn(text, ctx) ? null : ListedRecordPick.Find(text, list, ctx.Index) ?? TheOtherTicket(text, last, list, ctx));
        if (pick is not { } picked)
            return null;
        var (dealId, ticketId, said) = picked;
        if (dealId is not null && ctx.Index.Deals.TryGetValue(dealId, out var deal))
            return (new Bindings(deal.AccountId, null, dealId, null), WithTheDateMovedAgain(said, last));
        if (ticketId is not null && ctx.Index.Tickets.TryGetValue(ticketId, out var ticket))
            return (new Bindings(ticket.AccountId, null, null, null) { TicketId = ticketId }, said);
        return null;
    }

    /// <summary>"add a note to the other one" after one of a list of two tickets was changed: the other ticket, by its id.</summary>
    private static (string?, string?, string)? TheOtherTicket(string text, LastWrite last, ReadTopic list, TurnContext ctx)
    {
        if (TheOtherOne().Match(text) is not { Success: true } other || PreviousTopic.RecordsOf(last).Ticket is not { } written
            || list.Tickets.Where(t => t != written).ToList() is not [var theOther] || !ctx.Index.Tickets.ContainsKey(theOther))
            return null;
        return (null, theOther, text.Remove(other.Index, other.Length).Insert(other.Index, theOther));
    }

    private static string WithTheDateMovedAgain(string said, LastWrite last) =>
        PreviousTopic.SaysOnlyWhereTheDateGoes(said, last) && It().Match(said) is { Success: true } it
            ? said.Remove(it.Index, it.Length).Insert(it.Index, "its close date")
            : said;

    [GeneratedRegex(@"\bthe other (?:one|ticket|case)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TheOtherOne();

    [GeneratedRegex(@"\bit\b", RegexOptions.IgnoreCase)]
    private static partial Regex It();
}
