using Crm.Bot.Cards.Elements;
using Crm.Skills.Results;

namespace Crm.Bot.Cards.Results;

/// <summary>Customer 360 (behaviour §5): who owns it, where it stands, what is open, what happened lately.</summary>
internal static class CustomerCards
{
    private const int MaxActivities = 5;
    /// <summary>A summary is a glance: the biggest accounts list their first deals and tickets and count the rest.</summary>
    private const int MaxRows = 10;

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
        var contacts = result.Contacts.OrderByDescending(c => c.IsPrimary).Take(3).Select(c => c.Title is null ? c.Name : c.Name + words.Aside(c.Title)).ToArray();
        List<Fact> facts =
        [
            new(words.Owner, result.OwnerName),
            new(words.Status, words.AccountStatus(account.Status)),
            new(words.ContractEnd, account.ContractEnd is { } end ? format.Date(end) : RenderScope.Blank),
            new(words.LastContact, result.LastContactAt is { } last ? format.Instant(last) : words.Never),
        ];
        if (contacts.Length > 0)
            facts.Add(new(words.Contacts, string.Join(", ", contacts)));
        body.Add(new FactSet(facts));

        body.Add(RenderScope.Section(words.OpenDeals(result.OpenDeals.Count)));
        if (result.OpenDeals.Count > 0)
        {
            body.Add(new Table([3, 2, 2, 2], [words.Deal, words.StageHeader, words.Amount, words.CloseDate],
                [.. result.OpenDeals.Take(MaxRows).Select(d => (IReadOnlyList<string>)
                [
                    d.Name, words.Stage(d.Stage),
                    d.Amount is { } a ? format.Money(a, d.Currency) : RenderScope.Blank,
                    d.CloseDate is { } c ? format.Date(c) : RenderScope.Blank,
                ])]));
            if (result.OpenDeals.Count > MaxRows)
                body.Add(RenderScope.Note(words.Of(MaxRows, result.OpenDeals.Count)));
        }

        body.Add(RenderScope.Section(words.OpenTickets(result.OpenTickets.Count)));
        if (result.OpenTickets.Count > 0)
        {
            body.Add(new Table([2, 4, 2, 3], [words.Id, words.Title, words.PriorityHeader, words.Status],
                [.. result.OpenTickets.Take(MaxRows).Select(t => (IReadOnlyList<string>)[t.Id, t.Title, words.Priority(t.Priority), words.TicketStatus(t.Status)])]));
            if (result.OpenTickets.Count > MaxRows)
                body.Add(RenderScope.Note(words.Of(MaxRows, result.OpenTickets.Count)));
        }

        if (result.RecentActivities.Count > 0)
        {
            body.Add(RenderScope.Section(words.RecentActivities));
            body.AddRange(result.RecentActivities.Take(MaxActivities).Select(a => ActivityText(a, scope)));
        }
        return RenderScope.Message(new AdaptiveCard(body) { FullWidth = true });
    }

    /// <summary>One contact: where they work, their position and how to reach them ("恒通周总的邮箱是多少").</summary>
    public static RenderedMessage Contact(ContactResult result, RenderScope scope)
    {
        var (words, contact) = (scope.Words, result.Contact);
        List<CardElement> body =
        [
            RenderScope.Heading(contact.Name),
            new FactSet(
            [
                new(words.Account, result.AccountName),
                new(words.JobTitle, contact.Title ?? RenderScope.Blank),
                new(words.Field("email"), contact.Email ?? RenderScope.Blank),
                new(words.Field("phone"), contact.Phone ?? RenderScope.Blank),
            ]),
        ];
        return RenderScope.Message(new AdaptiveCard(body));
    }

    /// <summary>"Tue, Nov 17, 2026 9:30 AM · Call · Lee Park · Kai: pricing questions".</summary>
    public static TextBlock ActivityText(ActivityLine line, RenderScope scope)
    {
        var a = line.Activity;
        var who = line.ContactName is null ? line.UserName : $"{line.ContactName} · {line.UserName}";
        var what = a.Summary ?? a.Subject;
        var head = $"{scope.Format.Instant(a.OccurredAt)} · {scope.Words.ActivityType(a.Type)} · {who}";
        return new TextBlock(string.IsNullOrWhiteSpace(what) ? head : head + scope.Words.Colon + what) { Spacing = Spacing.Small };
    }
}
