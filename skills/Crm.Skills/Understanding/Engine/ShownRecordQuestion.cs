using System.Text.RegularExpressions;
using Crm.Skills.Understanding.Plan;
using Crm.Skills.Understanding.Reading;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// "When does their contract end?" after a customer summary, "那个工单现在谁在跟" after one, "what's that deal worth
/// right now?" after a call logged on it: a question about the record just shown or written, naming nothing of its own.
/// It is answered by reading that record again: the one ticket in view when the question is about a ticket, else the
/// customer (whose summary holds its deals with stage and amount, its contract end and its main contacts).
/// </summary>
public static partial class ShownRecordQuestion
{
    public static ReadRequest? Read(string text, string? accountId, IReadOnlyList<string> deals, IReadOnlyList<string> tickets, TurnContext ctx)
    {
        if (!Asks(text) || !Back().IsMatch(text) || PreviousTopic.NamesItsOwn(text, ctx))
            return null;
        if (TicketWord().IsMatch(text) && tickets is [var ticket] && ctx.Index.Tickets.ContainsKey(ticket))
            return new TicketRead(ticket);
        var account = accountId
            ?? deals.Select(d => ctx.Index.Deals.TryGetValue(d, out var deal) ? deal.AccountId : null).FirstOrDefault(a => a is not null)
            ?? tickets.Select(t => ctx.Index.Tickets.TryGetValue(t, out var found) ? found.AccountId : null).FirstOrDefault(a => a is not null);
        return account is not null && ctx.Index.Accounts.ContainsKey(account) ? new CustomerSummaryRead(account) : null;
    }

    // A question that asks for nothing to be written: "can you move it to proposal?" is a request.
    private static bool Asks(string text) =>
        (Interrogative().IsMatch(text.Trim()) || text.TrimEnd().EndsWith('?') || text.TrimEnd().EndsWith('？'))
        && (ClauseSplitter.Split(text).All(c => c.Intent == Intent.None) || (TicketMentions.IsQuestion(text) && !TicketMentions.SaysChange(text)));

    [GeneratedRegex(@"^(?:and |so |ok(?:ay)? |remind me,? )?(?:what|who|whom|which|when|where|how)\b|什么|多少|哪|谁|几|吗[？?]?$|呢[？?]?$", RegexOptions.IgnoreCase)]
    private static partial Regex Interrogative();

    // 那个 is also a filler, taken out before this reads the text: "那个工单现在谁在跟" arrives as "工单现在谁在跟".
    [GeneratedRegex(@"\b(?:their|they|its|it|that deal|this deal|that ticket|this ticket|that account|the deal|the ticket|the account)\b|它|他们|她们|(?:这个|那个|这|那|该)(?:单子|商机|工单|客户|单)|^(?:工单|单子|商机)", RegexOptions.IgnoreCase)]
    private static partial Regex Back();

    [GeneratedRegex(@"\b(?:ticket|case|issue)\b|工单", RegexOptions.IgnoreCase)]
    private static partial Regex TicketWord();
}
