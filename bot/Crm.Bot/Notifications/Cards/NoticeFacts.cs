using Crm.Bot.Cards;
using Crm.Bot.Cards.Elements;

namespace Crm.Bot.Notifications.Cards;

/// <summary>Each kind's heading and the few facts that let the reader act without opening anything.</summary>
internal static class NoticeFacts
{
    public static (string Heading, IReadOnlyList<CardElement> Body, string? AccountId) Of(Notice notice, RenderScope scope, NotificationWords words)
    {
        var (w, f) = (scope.Words, scope.Format);
        return notice.Body switch
        {
            TaskDueBody b => (words.TaskDue,
                [new TextBlock(b.Task.Title) { Weight = TextWeight.Bolder }, Facts((w.Account, b.AccountName), (w.Due, b.Task.DueAt is { } d ? f.Date(d) : null))],
                b.Task.AccountId),
            QuietDealBody b => (words.QuietDeal(b.Deal.Name, b.QuietDays),
                [Facts((w.Account, b.AccountName), (w.StageHeader, w.Stage(b.Deal.Stage)),
                    (w.Amount, b.Deal.Amount is { } a ? f.Money(a, b.Deal.Currency) : null),
                    (words.LastActivity, b.LastActivityAt is { } l ? f.Instant(l) : w.Never))],
                b.Deal.AccountId),
            RenewalBody b => (words.Renewal(b.Account.Name, b.DaysLeft),
                [Facts((w.ContractEnd, b.Account.ContractEnd is { } e ? f.Date(e) : null), (w.Status, w.AccountStatus(b.Account.Status)))],
                b.Account.Id),
            TicketSlaBody b => (b.ToLead ? words.TicketLateLead(b.Ticket.Id) : words.TicketLate(b.Ticket.Id),
                [new TextBlock(b.Ticket.Title) { Weight = TextWeight.Bolder },
                    Facts((w.Account, b.AccountName), (w.PriorityHeader, w.Priority(b.Ticket.Priority)),
                        (w.Due, b.Ticket.DueAt is { } due ? f.Instant(due) : null), (w.Assignee, b.AssigneeName ?? w.Unassigned))],
                b.Ticket.AccountId),
            _ => (notice.Kind.ToString(), [], null),
        };
    }

    private static FactSet Facts(params (string Title, string? Value)[] facts) =>
        new([.. facts.Where(x => !string.IsNullOrWhiteSpace(x.Value)).Select(x => new Fact(x.Title, x.Value!))]);
}
