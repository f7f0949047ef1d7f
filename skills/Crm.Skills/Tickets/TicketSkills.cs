using System.ComponentModel;
using Crm.Data.Store;
using Crm.Data.Tickets;
using Crm.Skills.Acting;
using Crm.Skills.Activities;
using Crm.Skills.Ids;
using Crm.Skills.Invoking;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tickets;

/// <summary>Support tickets (behaviour §4): opening, status, priority, assignee and comments.</summary>
public sealed class TicketSkills(CrmDbContext db, CurrentUser current, ChangeWriter writer, RecordIds ids, LinkChecks links)
{
    [Description("Open a ticket (case, issue, 工单) on an account; it starts as new, created by the acting user.")]
    public async Task<SkillResult> OpenTicketAsync(
        [Description("Id of the account, e.g. ACC-ACME")] string accountId,
        [Description("Short title of the problem")] string title,
        [Description("The description, in the user's words")] string? description = null,
        [Description("Priority; default normal")] TicketPriority priority = TicketPriority.Normal,
        [Description("Id of the contact who reported it, if any")] string? contactId = null,
        [Description("Id of the user to assign it to, if said")] string? assigneeId = null,
        [Description("Category, e.g. billing or authentication, if said")] string? category = null,
        CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(title))
            return writer.Refuse(Refusals.Invalid("tickets", "title", title, "A ticket needs a title."));
        if ((await links.CheckAsync(accountId, contactId, null, ct) ?? await links.CheckUserAsync(assigneeId, "assigneeId", ct)) is { } bad)
            return writer.Refuse(bad);
        db.Tickets.Add(new Ticket
        {
            Id = await ids.NextTicketIdAsync(ct),
            AccountId = accountId,
            ContactId = contactId,
            Title = title.Trim(),
            Description = description,
            Priority = priority,
            Status = TicketStatus.New,
            Category = category,
            AssigneeId = assigneeId,
            CreatedById = current.Id,
            CreatedAt = current.UtcNow,
        });
        return await writer.SaveAsync(ct);
    }

    [Description("Change a ticket's status, priority, assignee, title or account (support's job). Resolving stamps the time; reopening clears it; moving it to another account drops its contact.")]
    public async Task<SkillResult> UpdateTicketAsync(
        [Description("Id of the ticket, e.g. T-501")] string ticketId,
        [Description("New status: in progress = open, waiting on customer = pending, fixed = resolved")] TicketStatus? status = null,
        [Description("New priority")] TicketPriority? priority = null,
        [Description("Id of the user to assign it to")] string? assigneeId = null,
        [Description("New title")] string? title = null,
        [Description("New description")] string? description = null,
        [Description("Id of the account it really belongs to")] string? accountId = null,
        [Description("Id of the contact who reported it, at the ticket's (or the new) account")] string? contactId = null,
        CancellationToken ct = default)
    {
        var ticket = await db.Tickets.FirstOrDefaultAsync(t => t.Id == ticketId, ct);
        if (ticket is null)
            return writer.Refuse(Refusals.NotFound("tickets", ticketId));
        if ((accountId ?? contactId) is not null && await links.CheckAsync(accountId ?? ticket.AccountId, contactId, null, ct) is { } missing)
            return writer.Refuse(missing);
        if (accountId is not null && accountId != ticket.AccountId)
        {
            // The old reporter belongs to the old account.
            ticket.AccountId = accountId;
            ticket.ContactId = null;
        }
        ticket.ContactId = contactId ?? ticket.ContactId;
        if (await links.CheckUserAsync(assigneeId, "assigneeId", ct) is { } bad)
            return writer.Refuse(bad);
        if (status is { } newStatus && newStatus != ticket.Status)
        {
            if (newStatus == TicketStatus.Resolved)
                ticket.ResolvedAt = current.UtcNow;
            else if (newStatus is TicketStatus.New or TicketStatus.Open or TicketStatus.Pending)
                ticket.ResolvedAt = null;
            ticket.Status = newStatus;
        }
        ticket.Priority = priority ?? ticket.Priority;
        ticket.AssigneeId = assigneeId ?? ticket.AssigneeId;
        ticket.Title = title ?? ticket.Title;
        ticket.Description = description ?? ticket.Description;
        return await writer.SaveAsync(ct);
    }

    [Description("Append a comment to a ticket ('add a note to T-501: …'), by the acting user.")]
    public async Task<SkillResult> AddCommentAsync(
        [Description("Id of the ticket, e.g. T-501")] string ticketId,
        [Description("The comment, in the user's words")] string text,
        CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(text))
            return writer.Refuse(Refusals.Invalid("ticket_comments", "text", text, "A comment cannot be empty."));
        var ticket = await db.Tickets.AsNoTracking().Include(t => t.Comments).FirstOrDefaultAsync(t => t.Id == ticketId, ct);
        if (ticket is null)
            return writer.Refuse(Refusals.NotFound("tickets", ticketId));
        var position = ticket.Comments.Count == 0 ? 0 : ticket.Comments.Max(c => c.Position) + 1;
        db.TicketComments.Add(new TicketComment { TicketId = ticketId, UserId = current.Id, At = current.UtcNow, Text = text.Trim(), Position = position });
        return await writer.SaveAsync(ct);
    }

    [Description("Show one ticket by id, whatever its status: title, account, priority, status and assignee. Reads only.")]
    public async Task<SkillResult> GetTicketAsync(
        [Description("Id of the ticket, e.g. T-501")] string ticketId,
        CancellationToken ct = default)
    {
        var line = await (from t in db.Tickets.AsNoTracking().Where(t => t.Id == ticketId)
                          join a in db.Accounts on t.AccountId equals a.Id
                          join u in db.Users on t.AssigneeId equals u.Id into assigned
                          from u in assigned.DefaultIfEmpty()
                          select new TicketLine(t, a.Name, u == null ? null : u.Name)).FirstOrDefaultAsync(ct);
        if (line is null)
            return writer.Refuse(Refusals.NotFound("tickets", ticketId));
        return new TicketListResult(OneRecordTitle.Of(line.Ticket.Id, line.Ticket.Title), [line]);
    }

    [Description("List tickets: the open ones (new, open or pending) unless a closed status or every status is asked; optionally of one account, of the accounts one user owns, of an assignee, a priority, a status, or opened within some days. Reads only.")]
    public async Task<SkillResult> ListTicketsAsync(
        [Description("Only tickets of this account")] string? accountId = null,
        [Description("Only tickets assigned to this user id")] string? assigneeId = null,
        [Description("Only tickets of this priority")] TicketPriority? priority = null,
        [Description("Only tickets in this status, e.g. pending for those waiting on the customer, resolved for those fixed")] TicketStatus? status = null,
        [Description("Only tickets nobody is assigned to yet")] bool unassigned = false,
        [Description("Only tickets of this priority or a more urgent one, e.g. high for high and urgent")] TicketPriority? atLeast = null,
        [Description("Resolved and closed tickets too")] bool includeClosed = false,
        [Description("Only tickets of the accounts this user id owns")] string? accountOwnerId = null,
        [Description("Only tickets opened on or after this day, in the acting user's calendar")] DateOnly? openedFrom = null,
        [Description("Only tickets opened on or before this day, in the acting user's calendar")] DateOnly? openedTo = null,
        CancellationToken ct = default)
    {
        var query = db.Tickets.AsNoTracking();
        if (status is { } s)
            query = query.Where(t => t.Status == s);
        else if (!includeClosed)
            query = query.Where(t => t.Status == TicketStatus.New || t.Status == TicketStatus.Open || t.Status == TicketStatus.Pending);
        if (accountId is not null)
            query = query.Where(t => t.AccountId == accountId);
        if (accountOwnerId is not null)
            query = query.Where(t => db.Accounts.Any(a => a.Id == t.AccountId && a.OwnerId == accountOwnerId));
        if (openedFrom is { } from)
        {
            var since = StartOfDay(from);
            query = query.Where(t => t.CreatedAt >= since);
        }
        if (openedTo is { } to)
        {
            var until = StartOfDay(to.AddDays(1));
            query = query.Where(t => t.CreatedAt < until);
        }
        if (assigneeId is not null)
            query = query.Where(t => t.AssigneeId == assigneeId);
        if (priority is { } p)
            query = query.Where(t => t.Priority == p);
        if (unassigned)
            query = query.Where(t => t.AssigneeId == null);
        // Priorities are stored as words, so "or more urgent" is the list of them, not a comparison.
        TicketPriority[] priorities = priority is { } one ? [one] : atLeast is { } lowest ? [.. Enum.GetValues<TicketPriority>().Where(v => v >= lowest).Reverse()] : [];
        if (atLeast is not null)
            query = query.Where(t => priorities.Contains(t.Priority));
        var lines = await (from t in query
                           join a in db.Accounts on t.AccountId equals a.Id
                           join u in db.Users on t.AssigneeId equals u.Id into assigned
                           from u in assigned.DefaultIfEmpty()
                           select new TicketLine(t, a.Name, u == null ? null : u.Name)).Take(200).ToListAsync(ct);
        var ordered = lines.OrderByDescending(l => l.Ticket.Priority).ThenBy(l => l.Ticket.CreatedAt).ToList();
        var customersOf = accountOwnerId is null ? null : await db.Users.Where(u => u.Id == accountOwnerId).Select(u => u.Name).FirstOrDefaultAsync(ct);
        var opened = openedFrom is null && openedTo is null ? null : $"{Day(openedFrom)}..{Day(openedTo)}";
        return new TicketListResult(Describe(accountId, assigneeId, unassigned, priorities, status, customersOf, opened), ordered)
        {
            OpenOnly = status is null ? !includeClosed : status is TicketStatus.New or TicketStatus.Open or TicketStatus.Pending,
        };
    }

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Midnight of a day in the acting user's calendar, as stored (UTC).</summary>
    private DateTime StartOfDay(DateOnly day) => TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), current.TimeZone);

    private static string Describe(string? accountId, string? assigneeId, bool unassigned, TicketPriority[] priorities, TicketStatus? status,
        string? customersOf, string? opened) =>
        string.Join(';', new[] { accountId is null ? null : "account:" + accountId, customersOf is null ? null : "customersof:" + customersOf,
            assigneeId is null ? null : "assignee:" + assigneeId, unassigned ? "unassigned" : null, opened is null ? null : "opened:" + opened }
            .Concat(priorities.Select(p => "priority:" + StoredEnum.ToStored(p)))
            .Append(status is null ? null : "status:" + StoredEnum.ToStored(status.Value)).OfType<string>().DefaultIfEmpty("open"));
}
