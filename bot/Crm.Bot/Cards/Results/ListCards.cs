using Crm.Bot.Cards.Elements;
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
        return List(result.Description, result.Deals, [3, 3, 2, 2, 2, 2],
            [words.Deal, words.Account, words.StageHeader, words.Amount, words.CloseDate, words.Owner],
            d => [d.Deal.Name, d.AccountName, words.Stage(d.Deal.Stage),
                d.Deal.Amount is { } a ? format.Money(a, d.Deal.Currency) : RenderScope.Blank,
                d.Deal.CloseDate is { } c ? format.Date(c) : RenderScope.Blank, d.OwnerName],
            scope);
    }

    public static RenderedMessage Tickets(TicketListResult result, RenderScope scope)
    {
        var words = scope.Words;
        return List(result.Description, result.Tickets, [1, 3, 2, 1, 2, 2],
            [words.Id, words.Title, words.Account, words.PriorityHeader, words.Status, words.Assignee],
            t => [t.Ticket.Id, t.Ticket.Title, t.AccountName, words.Priority(t.Ticket.Priority),
                words.TicketStatus(t.Ticket.Status), t.AssigneeName ?? words.Unassigned],
            scope);
    }

    public static RenderedMessage Tasks(TaskListResult result, RenderScope scope)
    {
        var (words, format) = (scope.Words, scope.Format);
        return List(result.Description, result.Tasks, [4, 2, 1],
            [words.Task, words.Due, words.Status],
            t => [t.Title, t.DueAt is { } d ? format.Date(d) : RenderScope.Blank, words.TaskStatus(t.Status)],
            scope);
    }

    public static RenderedMessage Found(FindResult result, RenderScope scope)
    {
        var words = scope.Words;
        return List(words.Found(result.Query, result.Matches.Count), result.Matches, [1, 3, 1, 3],
            [words.What, words.Title, words.Id, words.Details],
            m => [words.Entity(m.Entity), m.Name, m.Id, m.Detail ?? RenderScope.Blank],
            scope);
    }

    private static RenderedMessage List<T>(string title, IReadOnlyList<T> items, IReadOnlyList<int> weights,
        IReadOnlyList<string> header, Func<T, IReadOnlyList<string>> row, RenderScope scope)
    {
        List<CardElement> body = [RenderScope.Heading(title)];
        if (items.Count == 0)
            body.Add(new TextBlock(scope.Words.NothingFound));
        else
            body.Add(new Table(weights, header, [.. items.Take(MaxRows).Select(row)]));
        if (items.Count > MaxRows)
            body.Add(RenderScope.Note(scope.Words.Of(MaxRows, items.Count)));
        return RenderScope.Message(new AdaptiveCard(body) { FullWidth = true });
    }
}
