using System.ComponentModel;
using Crm.Data.Deals;
using Crm.Data.Store;
using Crm.Skills.Acting;
using Crm.Skills.Pipeline;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Deals;

/// <summary>Lists of deals ("my deals closing this month", "open deals at Lakeview"), and one deal asked about.</summary>
public sealed class DealListSkills(CrmDbContext db, CurrentUser current, DealScopes scopes)
{
    [Description("List deals with their key figures, e.g. 'my deals closing this month' or 'open deals for Lakeview'. Reads only.")]
    public async Task<SkillResult> ListDealsAsync(
        [Description("Whose deals")] DealScope scope = DealScope.Mine,
        [Description("Close-date window")] Period period = Period.Any,
        [Description("Start of the window when period is Custom")] DateOnly? from = null,
        [Description("End of the window (inclusive) when period is Custom")] DateOnly? to = null,
        [Description("Only deals of this account")] string? accountId = null,
        [Description("Only deals at this stage")] DealStage? stage = null,
        [Description("Owner id when scope is Owner")] string? ownerId = null,
        [Description("Team name when scope is Team")] string? team = null,
        [Description("True for open deals only (not won or lost)")] bool openOnly = true,
        CancellationToken ct = default)
    {
        var query = db.Deals.AsNoTracking();
        string description;
        // "Open deals for Lakeview" means the account's deals, whoever owns them.
        if (accountId is not null && scope == DealScope.Mine)
            description = "account:" + accountId;
        else
            (query, description) = await scopes.ApplyAsync(query, current.User, scope, ownerId, team, ct);
        if (accountId is not null)
            query = query.Where(d => d.AccountId == accountId);
        if (stage is { } s)
            query = query.Where(d => d.Stage == s);
        if (openOnly && stage is not (DealStage.Won or DealStage.Lost))
            query = query.Where(d => d.Stage != DealStage.Won && d.Stage != DealStage.Lost);
        var (start, end) = Periods.Resolve(period, current.Today, from, to);
        if (start is not null)
            query = query.Where(d => d.CloseDate >= start);
        if (end is not null)
            query = query.Where(d => d.CloseDate <= end);
        var lines = await (from d in query
                           join a in db.Accounts on d.AccountId equals a.Id
                           join u in db.Users on d.OwnerId equals u.Id
                           orderby d.CloseDate, d.Id
                           select new DealLine(d, a.Name, u.Name)).Take(200).ToListAsync(ct);
        return new DealListResult(description, lines);
    }

    [Description("Show one deal by id, whatever its stage: account, stage, amount, close date, owner, next step and lost reason. Reads only.")]
    public async Task<SkillResult> GetDealAsync(
        [Description("Id of the deal, e.g. D-1001")] string dealId,
        CancellationToken ct = default)
    {
        var line = await (from d in db.Deals.AsNoTracking().Where(d => d.Id == dealId)
                          join a in db.Accounts on d.AccountId equals a.Id
                          join u in db.Users on d.OwnerId equals u.Id
                          select new DealLine(d, a.Name, u.Name)).FirstOrDefaultAsync(ct);
        if (line is null)
            return Refusals.NotFound("deals", dealId);
        return new DealListResult(OneRecordTitle.Of(line.Deal.Id, line.Deal.Name), [line]);
    }
}
