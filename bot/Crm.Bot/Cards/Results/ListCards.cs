using Crm.Bot.Cards.Elements;
using Crm.Bot.Cards.Wording;
using Crm.Skills.Results;

namespace Crm.Bot.Cards.Results;

/// <summary>Lists of deals, tickets, tasks and search matches: a heading and a table of key figures.</summary>
internal static class ListCards
{
    /// <summary>Keeps one message well under the Teams size limit; the rest is counted.</summary>
    private const int MaxRows = 50;

    public static RenderedMessage Deals(DealListResult result, RenderScope scope)
    {
        var (words, format) = (scope.Words, scope.Format);
        var names = result.Deals.SelectMany(d => new[] { (d.Deal.AccountId, d.AccountName), (d.Deal.OwnerId, d.OwnerName) })
            .DistinctBy(n => n.Item1).ToDictionary(n => n.Item1, n => n.Item2);
        var worded = ScopeText.Describe(result.Description, words, id => names.GetValueOrDefault(id));
        var title = worded is null ? result.Description : words.DealsTitle(worded);
        return List(title, result.Deals, [3, 3, 2, 2, 2, 2],
            [words.Deal, words.Account, words.StageHeader, words.Amount, words.CloseDate, words.Owner],
            d => [d.Deal.Name, d.AccountName, StageWithReason(d.Deal, words),
                d.Deal.Amount is { } a ? format.Money(a, d.Deal.Currency) : RenderScope.Blank,
                d.Deal.CloseDate is { } c ? format.Date(c) : RenderScope.Blank, d.OwnerName],
            scope, result.Deals is [var one] ? Detail(one.Deal, scope) : Total(result, scope));
    }

    /// <summary>"which deals have we lost and why": a lost deal's stage says why it was lost.</summary>
    private static string StageWithReason(Crm.Data.Deals.Deal deal, Phrases words) =>
        deal.LostReason is { Length: > 0 } why && deal.Stage == Crm.Data.Deals.DealStage.Lost ? $"{words.Stage(deal.Stage)} · {why}" : words.Stage(deal.Stage);

    /// <summary>"What's the next step on it?": one deal shown also says its next step and, once lost, why.</summary>
    private static CardElement? Detail(Crm.Data.Deals.Deal deal, RenderScope scope)
    {
        var (words, format) = (scope.Words, scope.Format);
        List<Fact> facts = [];
        if (deal.NextStep is { Length: > 0 } step)
            facts.Add(new(words.Field("nextStep"), deal.NextStepDue is { } due ? $"{step} · {format.Date(due)}" : step));
        if (deal.LostReason is { Length: > 0 } why)
            facts.Add(new(words.Field("lostReason"), why));
        return facts.Count == 0 ? null : new FactSet(facts) { Separator = true };
    }

    /// <summary>"What do my deals add up to?": the count and the amounts per currency, under a list of several.</summary>
    private static CardElement? Total(DealListResult result, RenderScope scope)
    {
        if (result.Deals.Count < 2)
            return null;
        var totals = result.Deals.Where(d => d.Deal.Amount is not null).GroupBy(d => d.Deal.Currency).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new MoneyTotal(g.Key, g.Sum(d => d.Deal.Amount!.Value))).ToList();
        var count = scope.Words.DealCount(result.Deals.Count);
        List<Fact> facts = [new(scope.Words.Total, totals.Count > 0 ? $"{count} · {scope.Format.Totals(totals)}" : count)];
        // "what's Priya got closing this quarter? weighted too": the weighted total asked for, under the total.
        if (result.WeightedTotals is { } weighted)
            facts.Add(new(scope.Words.WeightedTotal, weighted.Count > 0 ? scope.Format.Totals(weighted) : "0"));
        return new FactSet(facts) { Separator = true };
    }

    /// <summary>"which of my accounts have contracts ending this year", "我有哪些客户两周以上没联系了": each customer's owner, contract end and last contact.</summary>
    public static RenderedMessage Customers(CustomerListResult result, RenderScope scope)
    {
        var (words, format) = (scope.Words, scope.Format);
        var names = result.Customers.Select(c => (c.Account.OwnerId, c.OwnerName)).DistinctBy(n => n.OwnerId).ToDictionary(n => n.OwnerId, n => n.OwnerName);
        var worded = ScopeText.Describe(result.Description, words, id => names.GetValueOrDefault(id));
        return List(worded is null ? result.Description : words.CustomersTitle(worded), result.Customers, [4, 2, 2, 2],
            [words.Account, words.Owner, words.ContractEnd, words.LastContact],
            c => [c.Account.Name, c.OwnerName, c.Account.ContractEnd is { } end ? format.Date(end) : RenderScope.Blank,
                c.LastContactAt is { } last ? format.Date(DateOnly.FromDateTime(last)) : RenderScope.Blank],
            scope);
    }

    public static RenderedMessage Tickets(TicketListResult result, RenderScope scope)
    {
        var words = scope.Words;
        var names = result.Tickets.SelectMany(t => new[] { (t.Ticket.AccountId, (string?)t.AccountName), (t.Ticket.AssigneeId ?? "", t.AssigneeName) })
            .Where(n => n.Item1.Length > 0 && n.Item2 is not null).DistinctBy(n => n.Item1).ToDictionary(n => n.Item1, n => n.Item2!);
        var worded = ScopeText.Describe(result.Description, words, id => names.GetValueOrDefault(id));
        var title = worded is null ? result.Description : words.TicketsTitle(worded, result.OpenOnly);
        return List(title, result.Tickets, [2, 4, 3, 3, 3, 3],
            [words.Id, words.Title, words.Account, words.PriorityHeader, words.Status, words.Assignee],
            t => [t.Ticket.Id, t.Ticket.Title, t.AccountName, words.Priority(t.Ticket.Priority),
                words.TicketStatus(t.Ticket.Status), t.AssigneeName ?? words.Unassigned],
            scope, TicketTotal(result, scope));
    }

    /// <summary>"How many open tickets are there?": the count, under a list of several.</summary>
    private static CardElement? TicketTotal(TicketListResult result, RenderScope scope) =>
        result.Tickets.Count < 2 ? null : new FactSet([new(scope.Words.Total, scope.Words.TicketCount(result.Tickets.Count))]) { Separator = true };

    public static RenderedMessage Tasks(TaskListResult result, RenderScope scope)
    {
        var (words, format) = (scope.Words, scope.Format);
        var title = !result.Description.StartsWith("open", StringComparison.Ordinal) ? result.Description
            : result.OwnerName is { } owner ? $"{words.TasksTitle} · {owner}"
            : TasksScope(result.Description, words) is { } worded ? $"{words.TasksTitle} · {worded}" : words.TasksTitle;
        // "what open tasks does my team have": several people's tasks say whose each is.
        if (result.OwnerNames is { } owners)
            return List(title, result.Tasks, [4, 2, 2, 1],
                [words.Task, words.Due, words.Owner, words.Status],
                t => [t.Title, t.DueAt is { } d ? format.Date(d) : RenderScope.Blank, owners.GetValueOrDefault(t.OwnerId, t.OwnerId), words.TaskStatus(t.Status)],
                scope);
        return List(title, result.Tasks, [4, 2, 1],
            [words.Task, words.Due, words.Status],
            t => [t.Title, t.DueAt is { } d ? format.Date(d) : RenderScope.Blank, words.TaskStatus(t.Status)],
            scope);
    }

    /// <summary>"open;team:West": the scope after "open;" in words; "open:U-1" (one person's) has none.</summary>
    private static string? TasksScope(string description, Phrases words) =>
        description.StartsWith("open;", StringComparison.Ordinal) ? ScopeText.Describe(description["open;".Length..], words) : null;

    public static RenderedMessage Found(FindResult result, RenderScope scope)
    {
        var words = scope.Words;
        return List(words.Found(result.Query, result.Matches.Count), result.Matches, [1, 3, 1, 3],
            [words.What, words.Title, words.Id, words.Details],
            m => [words.Entity(m.Entity), Matched(m), m.Id, m.Detail ?? RenderScope.Blank],
            scope);
    }

    /// <summary>The record's name, and the alias that matched when it was another name.</summary>
    private static string Matched(FoundRecord match) =>
        match.MatchedName is { Length: > 0 } alias && !string.Equals(alias, match.Name, StringComparison.OrdinalIgnoreCase)
            ? $"{match.Name} (“{alias}”)" : match.Name;

    private static RenderedMessage List<T>(string title, IReadOnlyList<T> items, IReadOnlyList<int> weights,
        IReadOnlyList<string> header, Func<T, IReadOnlyList<string>> row, RenderScope scope, CardElement? footer = null) =>
        RenderScope.FitRows(items.Count, MaxRows, shown =>
        {
            List<CardElement> body = [RenderScope.Heading(title)];
            if (items.Count == 0)
                body.Add(new TextBlock(scope.Words.NothingFound));
            else
                body.AddRange(Compact(weights, header, [.. items.Take(shown).Select(row)]));
            if (footer is not null)
                body.Add(footer);
            if (items.Count > shown)
                body.Add(RenderScope.Note(scope.Words.Of(shown, items.Count)));
            return new AdaptiveCard(body) { FullWidth = true };
        });

    /// <summary>
    /// Narrow chat panes squeeze six columns into broken words, so a column that says the same on
    /// every row (one account, one owner) is said once above the table instead.
    /// </summary>
    private static IEnumerable<CardElement> Compact(IReadOnlyList<int> weights, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var same = Enumerable.Range(1, header.Count - 1)
            .Where(c => rows.Count > 1 && rows[0][c] != RenderScope.Blank && rows.All(r => r[c] == rows[0][c])).ToHashSet();
        if (same.Count > 0)
            yield return new FactSet([.. same.Order().Select(c => new Fact(header[c], rows[0][c]))]);
        var keep = Enumerable.Range(0, header.Count).Where(c => !same.Contains(c)).ToArray();
        yield return new Table([.. keep.Select(c => weights[c])], [.. keep.Select(c => header[c])],
            [.. rows.Select(r => (IReadOnlyList<string>)[.. keep.Select(c => r[c])])]);
    }
}
