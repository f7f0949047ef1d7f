using System.ComponentModel;
using Crm.Data.Activities;
using Crm.Data.Deals;
using Crm.Data.Store;
using Crm.Data.Tickets;
using Crm.Skills.Acting;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Customers;

/// <summary>Reading one customer: the 360 summary and the history (behaviour §5). Reads only.</summary>
public sealed class CustomerSkills(CrmDbContext db, CurrentUser current)
{
    /// <summary>No contact for this many days raises a flag.</summary>
    public const int QuietDays = 14;
    /// <summary>A contract ending within this many days raises a flag.</summary>
    public const int ContractWarningDays = 30;

    [Description("Summarise a customer: owner, status, contract end, open deals, open tickets, contacts, last contact, recent activities and flags ('tell me about Lakeview', '云帆科技什么情况').")]
    public async Task<SkillResult> GetSummaryAsync(
        [Description("Id of the account, e.g. ACC-GLOBEX")] string accountId,
        CancellationToken ct = default)
    {
        var account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == accountId, ct);
        if (account is null)
            return Refusals.NotFound("accounts", accountId);
        var owner = await db.Users.AsNoTracking().Where(u => u.Id == account.OwnerId).Select(u => u.Name).FirstOrDefaultAsync(ct);
        var deals = await db.Deals.AsNoTracking()
            .Where(d => d.AccountId == accountId && d.Stage != DealStage.Won && d.Stage != DealStage.Lost)
            .OrderBy(d => d.CloseDate).ToListAsync(ct);
        var tickets = await OpenTickets(accountId).ToListAsync(ct);
        var contacts = await db.Contacts.AsNoTracking().Where(c => c.AccountId == accountId)
            .OrderByDescending(c => c.IsPrimary).ThenBy(c => c.Name).ToListAsync(ct);
        var recent = await ActivityLines(accountId, 5, ct);
        var lastContact = recent.Count > 0 ? recent[0].Activity.OccurredAt : (DateTime?)null;
        var flags = Flags(account.ContractEnd, lastContact, tickets);
        return new CustomerSummaryResult(account, owner ?? account.OwnerId, deals, tickets, contacts, recent, lastContact, flags);
    }

    [Description("The history of a customer: recent activities and tickets, newest first ('what's the history with Lakeview?').")]
    public async Task<SkillResult> GetHistoryAsync(
        [Description("Id of the account")] string accountId,
        [Description("How many entries at most")] int limit = 20,
        CancellationToken ct = default)
    {
        var account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == accountId, ct);
        if (account is null)
            return Refusals.NotFound("accounts", accountId);
        var activities = await ActivityLines(accountId, limit, ct);
        var tickets = await db.Tickets.AsNoTracking().Where(t => t.AccountId == accountId)
            .OrderByDescending(t => t.CreatedAt).Take(limit).ToListAsync(ct);
        var entries = activities.Select(a => new HistoryEntry(a.Activity.OccurredAt, a, null))
            .Concat(tickets.Select(t => new HistoryEntry(t.CreatedAt ?? DateTime.MinValue, null, t)))
            .OrderByDescending(e => e.At).Take(limit).ToList();
        return new HistoryResult(account, entries);
    }

    private IQueryable<Ticket> OpenTickets(string accountId) =>
        db.Tickets.AsNoTracking()
            .Where(t => t.AccountId == accountId && (t.Status == TicketStatus.New || t.Status == TicketStatus.Open || t.Status == TicketStatus.Pending))
            .OrderByDescending(t => t.Priority).ThenBy(t => t.CreatedAt);

    private async Task<List<ActivityLine>> ActivityLines(string accountId, int limit, CancellationToken ct) =>
        await (from a in db.Activities.AsNoTracking()
               where a.AccountId == accountId
               orderby a.OccurredAt descending
               join u in db.Users on a.UserId equals u.Id
               join c in db.Contacts on a.ContactId equals c.Id into withContact
               from c in withContact.DefaultIfEmpty()
               select new ActivityLine(a, c == null ? null : c.Name, u.Name)).Take(limit).ToListAsync(ct);

    private List<CustomerFlag> Flags(DateOnly? contractEnd, DateTime? lastContact, List<Ticket> openTickets)
    {
        var flags = new List<CustomerFlag>();
        if (lastContact is null || current.UtcNow - lastContact.Value >= TimeSpan.FromDays(QuietDays))
            flags.Add(CustomerFlag.NoRecentContact);
        if (contractEnd is { } end && end >= current.Today && end.DayNumber - current.Today.DayNumber <= ContractWarningDays)
            flags.Add(CustomerFlag.ContractEndingSoon);
        if (openTickets.Any(t => t.Priority == TicketPriority.Urgent))
            flags.Add(CustomerFlag.UrgentTicketOpen);
        if (openTickets.Any(t => t.DueAt is { } due && due < current.UtcNow))
            flags.Add(CustomerFlag.OverdueTicketOpen);
        return flags;
    }
}
