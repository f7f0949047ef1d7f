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
        [Description("Only deals worth at least this much ('over 100k', '十万以上')")] decimal? minAmount = null,
        [Description("Only deals worth less than this ('under 20k', '五万以下')")] decimal? maxAmount = null,
        [Description("Only deals with nothing logged on them or their account in this many days ('nothing logged in the last 7 days', '两周没联系')")] int? quietDays = null,
        [Description("Only deals whose next step is due on or after this day")] DateOnly? nextStepFrom = null,
        [Description("Only deals whose next step is due on or before this day ('next steps due this week')")] DateOnly? nextStepTo = null,
        [Description("Order of the list: by close date, or by amount for the biggest or smallest")] DealOrder order = DealOrder.CloseDate,
        [Description("At most this many deals ('top 3', 'the biggest' is 1)")] int? limit = null,
        [Description("True to show the weighted total too ('weighted too', '加权')")] bool weighted = false,
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
        query = Narrowed(query, minAmount, maxAmount, nextStepFrom, nextStepTo);
        if (quietDays is { } days)
            query = Quiet(query, current.UtcNow.AddDays(-days));
        var most = limit is > 0 and < 200 ? limit.Value : 200;
        if (order != DealOrder.CloseDate)
            query = await LargestOrSmallestAsync(query, order, most, ct);
        var lines = await (from d in query
                           join a in db.Accounts on d.AccountId equals a.Id
                           join u in db.Users on d.OwnerId equals u.Id
                           orderby d.CloseDate, d.Id
                           select new DealLine(d, a.Name, u.Name)).Take(most).ToListAsync(ct);
        if (order != DealOrder.CloseDate)
            lines = [.. order == DealOrder.LargestFirst ? lines.OrderByDescending(l => l.Deal.Amount) : lines.OrderBy(l => l.Deal.Amount)];
        return new DealListResult(description, lines) { WeightedTotals = weighted ? Weighted(lines) : null };
    }

    private static IQueryable<Deal> Narrowed(IQueryable<Deal> query, decimal? minAmount, decimal? maxAmount, DateOnly? nextStepFrom, DateOnly? nextStepTo)
    {
        if (minAmount is { } least)
            query = query.Where(d => d.Amount >= least);
        if (maxAmount is { } most)
            query = query.Where(d => d.Amount < most);
        if (nextStepFrom is { } first)
            query = query.Where(d => d.NextStepDue >= first);
        if (nextStepTo is { } last)
            query = query.Where(d => d.NextStepDue <= last);
        return query;
    }

    /// <summary>Nothing logged since <paramref name="since"/>: no activity on the deal, nor on its account without a deal named.</summary>
    private IQueryable<Deal> Quiet(IQueryable<Deal> query, DateTime since) =>
        query.Where(d => !db.Activities.Any(a => a.OccurredAt >= since && (a.DealId == d.Id || (a.DealId == null && a.AccountId == d.AccountId))));

    /// <summary>
    /// The deals with the largest or smallest amounts. SQLite keeps decimals as text and cannot order by them, so the
    /// amounts (only) are read and ordered here, and the deals picked are listed.
    /// </summary>
    private static async Task<IQueryable<Deal>> LargestOrSmallestAsync(IQueryable<Deal> query, DealOrder order, int most, CancellationToken ct)
    {
        var amounts = await query.Where(d => d.Amount != null).Select(d => new { d.Id, d.Amount }).ToListAsync(ct);
        var sorted = order == DealOrder.LargestFirst ? amounts.OrderByDescending(a => a.Amount) : amounts.OrderBy(a => a.Amount);
        var picked = sorted.ThenBy(a => a.Id, StringComparer.Ordinal).Take(most).Select(a => a.Id).ToList();
        return query.Where(d => picked.Contains(d.Id));
    }

    private static List<MoneyTotal> Weighted(IEnumerable<DealLine> lines) =>
        [.. lines.Where(l => PipelineSkills.Weights.ContainsKey(l.Deal.Stage)).GroupBy(l => l.Deal.Currency).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new MoneyTotal(g.Key, g.Sum(l => (l.Deal.Amount ?? 0) * PipelineSkills.Weights[l.Deal.Stage])))];

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
