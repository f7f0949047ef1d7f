using Crm.Data.Notifications;
using Crm.Data.Tickets;
using Crm.Data.Users;
using Microsoft.EntityFrameworkCore;

namespace Crm.Bot.Notifications.Sources;

/// <summary>
/// Open tickets past their SLA due time, to the assignee; urgent ones also to the support lead
/// (<see cref="SupportLeads"/>). The due time is part of the occasion, so a ticket given a new
/// deadline that it also misses is mentioned again.
/// </summary>
internal sealed class TicketSlaSource : INotificationSource
{
    public NotificationKind Kind => NotificationKind.TicketSla;

    public async Task<IReadOnlyList<Notice>> FindAsync(NotificationScan scan, CancellationToken ct) =>
        await OverdueAsync(scan, scan.Db.Tickets.AsNoTracking(), ct);

    public async Task<Notice?> AgainAsync(NotificationScan scan, string subjectId, User recipient, CancellationToken ct) =>
        (await OverdueAsync(scan, scan.Db.Tickets.AsNoTracking().Where(t => t.Id == subjectId), ct)).FirstOrDefault(n => n.Recipient.Id == recipient.Id);

    private async Task<IReadOnlyList<Notice>> OverdueAsync(NotificationScan scan, IQueryable<Ticket> query, CancellationToken ct)
    {
        var now = scan.UtcNow;
        var tickets = await query
            .Where(t => (t.Status == TicketStatus.New || t.Status == TicketStatus.Open || t.Status == TicketStatus.Pending) && t.DueAt < now)
            .ToListAsync(ct);
        var names = await SourceQueries.AccountNamesAsync(scan, tickets.Select(t => t.AccountId), ct);
        var leads = SupportLeads.Of(scan.Users.Values);
        List<Notice> notices = [];
        foreach (var ticket in tickets)
        {
            var account = names.GetValueOrDefault(ticket.AccountId, ticket.AccountId);
            var assignee = ticket.AssigneeId is { } id ? scan.Users.GetValueOrDefault(id) : null;
            var occasion = $"{ticket.DueAt:yyyyMMddHHmm}";
            if (assignee is not null)
                notices.Add(new Notice(Kind, ticket.Id, occasion, assignee, new TicketSlaBody(ticket, account, assignee.Name, ToLead: false)));
            if (ticket.Priority == TicketPriority.Urgent)
                notices.AddRange(leads.Where(l => l.Id != assignee?.Id)
                    .Select(lead => new Notice(Kind, ticket.Id, occasion, lead, new TicketSlaBody(ticket, account, assignee?.Name, ToLead: true))));
        }
        return notices;
    }
}
