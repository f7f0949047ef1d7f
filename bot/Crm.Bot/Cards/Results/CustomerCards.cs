using Crm.Bot.Cards.Elements;
using Crm.Skills.Results;

namespace Crm.Bot.Cards.Results;

/// <summary>Customer 360 (behaviour §5): who owns it, where it stands, what is open, what happened lately.</summary>
internal static class CustomerCards
{
    private const int MaxActivities = 5;

    public static RenderedMessage Summary(CustomerSummaryResult result, RenderScope scope)
    {
        var (words, format) = (scope.Words, scope.Format);
        var account = result.Account;
        List<CardElement> body = [RenderScope.Heading(account.Name)];
        var where = string.Join(" · ", new[] { account.Industry, account.City, account.Country, account.Tier }.Where(s => !string.IsNullOrWhiteSpace(s)));
        if (where.Length > 0)
            body.Add(RenderScope.Note(where));
        if (result.Flags.Count > 0)
        {
            body.Add(new Container([.. result.Flags.Select(f => new TextBlock("⚠ " + words.Flag(f)) { Color = TextColor.Attention, Weight = TextWeight.Bolder })])
            { Style = ContainerStyle.Attention });
        }
        body.Add(new FactSet(
        [
            new(words.Owner, result.OwnerName),
            new(words.Status, words.AccountStatus(account.Status)),
            new(words.ContractEnd, account.ContractEnd is { } end ? format.Date(end) : RenderScope.Blank),
            new(words.LastContact, result.LastContactAt is { } last ? format.Instant(last) : words.Never),
        ]));
        var primary = result.Contacts.OrderByDescending(c => c.IsPrimary).Take(3).Select(c => c.Title is null ? c.Name : $"{c.Name} ({c.Title})").ToArray();
        if (primary.Length > 0)
            body.Add(new FactSet([new(words.Contacts, string.Join(", ", primary))]) { Spacing = Spacing.None });

        body.Add(RenderScope.Section(words.OpenDeals(result.OpenDeals.Count)));
        if (result.OpenDeals.Count > 0)
        {
            body.Add(new Table([3, 2, 2, 2], [words.Deal, words.StageHeader, words.Amount, words.CloseDate],
                [.. result.OpenDeals.Select(d => (IReadOnlyList<string>)
                [
                    d.Name, words.Stage(d.Stage),
                    d.Amount is { } a ? format.Money(a, d.Currency) : RenderScope.Blank,
                    d.CloseDate is { } c ? format.Date(c) : RenderScope.Blank,
                ])]));
        }

        body.Add(RenderScope.Section(words.OpenTickets(result.OpenTickets.Count)));
        if (result.OpenTickets.Count > 0)
        {
            body.Add(new Table([1, 3, 1, 2], [words.Id, words.Title, words.PriorityHeader, words.Status],
                [.. result.OpenTickets.Select(t => (IReadOnlyList<string>)[t.Id, t.Title, words.Priority(t.Priority), words.TicketStatus(t.Status)])]));
        }

        if (result.RecentActivities.Count > 0)
        {
            body.Add(RenderScope.Section(words.RecentActivities));
            body.AddRange(result.RecentActivities.Take(MaxActivities).Select(a => ActivityText(a, scope)));
        }
        return RenderScope.Message(new AdaptiveCard(body) { FullWidth = true });
    }

    /// <summary>"Tue, Nov 17, 2026 9:30 AM · Call · Jane Doe · Alex: pricing questions".</summary>
    public static TextBlock ActivityText(ActivityLine line, RenderScope scope)
    {
        var a = line.Activity;
        var who = line.ContactName is null ? line.UserName : $"{line.ContactName} · {line.UserName}";
        var what = a.Summary ?? a.Subject;
        var head = $"{scope.Format.Instant(a.OccurredAt)} · {scope.Words.ActivityType(a.Type)} · {who}";
        return new TextBlock(string.IsNullOrWhiteSpace(what) ? head : $"{head}: {what}") { Spacing = Spacing.Small };
    }
}
