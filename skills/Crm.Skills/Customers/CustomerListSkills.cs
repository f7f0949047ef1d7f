using System.ComponentModel;
using Crm.Data.Store;
using Crm.Skills.Acting;
using Crm.Skills.Pipeline;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Customers;

/// <summary>
/// Lists of customers ("which of my accounts have contracts ending before the end of the year", "我有哪些客户两周以上没联系了",
/// "陈静这个月都跟进了哪些客户"), each with its owner, contract end and last contact. Reads only.
/// </summary>
public sealed class CustomerListSkills(CrmDbContext db, CurrentUser current, DealScopes scopes)
{
    [Description("List customers with owner, contract end and last contact, e.g. 'my accounts with contracts ending this year', 'customers I have not contacted in two weeks'. Reads only.")]
    public async Task<SkillResult> ListCustomersAsync(
        [Description("Whose customers (by account owner)")] DealScope scope = DealScope.Mine,
        [Description("Owner id when scope is Owner")] string? ownerId = null,
        [Description("Team name when scope is Team")] string? team = null,
        [Description("Only customers whose contract ends on or after this day")] DateOnly? contractEndFrom = null,
        [Description("Only customers whose contract ends on or before this day")] DateOnly? contractEndTo = null,
        [Description("Only customers with nothing logged in this many days ('两周以上没联系')")] int? quietDays = null,
        [Description("Only customers with activities logged by this user ('陈静这个月都跟进了哪些客户')")] string? workedById = null,
        [Description("Start of the window for workedById's activities")] DateOnly? workedFrom = null,
        [Description("End of the window (inclusive) for workedById's activities")] DateOnly? workedTo = null,
        CancellationToken ct = default)
    {
        var (owners, description) = await scopes.OwnersAsync(current.User, scope, ownerId, team, ct);
        var accounts = db.Accounts.AsNoTracking();
        if (owners is not null)
            accounts = accounts.Where(a => owners.Contains(a.OwnerId));
        if (contractEndFrom is { } first)
            accounts = accounts.Where(a => a.ContractEnd >= first);
        if (contractEndTo is { } last)
            accounts = accounts.Where(a => a.ContractEnd <= last);
        if (quietDays is { } days)
        {
            var since = current.UtcNow.AddDays(-days);
            accounts = accounts.Where(a => !db.Activities.Any(x => x.AccountId == a.Id && x.OccurredAt >= since));
        }
        if (workedById is not null)
        {
            var (from, to) = (Instant(workedFrom), Instant(workedTo?.AddDays(1)));
            accounts = accounts.Where(a => db.Activities.Any(x => x.AccountId == a.Id && x.UserId == workedById
                && (from == null || x.OccurredAt >= from) && (to == null || x.OccurredAt < to)));
            description = "worked:" + (await db.Users.AsNoTracking().Where(u => u.Id == workedById).Select(u => u.Name).FirstOrDefaultAsync(ct) ?? workedById);
        }
        var lines = await (from a in accounts
                           join u in db.Users on a.OwnerId equals u.Id
                           orderby a.Name
                           select new CustomerLine(a, u.Name, db.Activities.Where(x => x.AccountId == a.Id).Max(x => (DateTime?)x.OccurredAt)))
            .Take(200).ToListAsync(ct);
        return new CustomerListResult(description, lines);
    }

    /// <summary>The start of a day where the user is, as the store keeps instants (UTC).</summary>
    private DateTime? Instant(DateOnly? day) =>
        day is { } d ? TimeZoneInfo.ConvertTimeToUtc(d.ToDateTime(TimeOnly.MinValue), current.TimeZone) : null;
}
