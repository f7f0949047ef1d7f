using System.ComponentModel;
using Crm.Data.Deals;
using Crm.Data.Store;
using Crm.Skills.Acting;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Pipeline;

/// <summary>The pipeline (behaviour §5): open deals by stage, totals per currency, weighted totals.</summary>
public sealed class PipelineSkills(CrmDbContext db, CurrentUser current, DealScopes scopes)
{
    /// <summary>Stage weights for the weighted total; won and lost are not in the pipeline.</summary>
    public static readonly IReadOnlyDictionary<DealStage, decimal> Weights = new Dictionary<DealStage, decimal>
    {
        [DealStage.Lead] = 0.10m,
        [DealStage.Qualified] = 0.20m,
        [DealStage.NeedsAnalysis] = 0.40m,
        [DealStage.Proposal] = 0.60m,
        [DealStage.Negotiation] = 0.80m,
    };

    [Description("The pipeline: open deals (not won or lost) in a scope, by stage, with counts, totals per currency, total and weighted total ('pipeline for my team this quarter', '本季度团队漏斗'). Reads only.")]
    public async Task<SkillResult> GetPipelineAsync(
        [Description("Whose deals: mine, my team, all/company, one owner or one team")] DealScope scope = DealScope.Mine,
        [Description("Close-date window")] Period period = Period.Any,
        [Description("Start of the window when period is Custom")] DateOnly? from = null,
        [Description("End of the window (inclusive) when period is Custom")] DateOnly? to = null,
        [Description("Owner id when scope is Owner")] string? ownerId = null,
        [Description("Team name when scope is Team")] string? team = null,
        [Description("True to show each owner's count and total too ('by rep', '按人')")] bool byOwner = false,
        CancellationToken ct = default)
    {
        var open = db.Deals.AsNoTracking().Where(d => d.Stage != DealStage.Won && d.Stage != DealStage.Lost);
        var (deals, description) = await scopes.ApplyAsync(open, current.User, scope, ownerId, team, ct);
        var (start, end) = Periods.Resolve(period, current.Today, from, to);
        if (start is not null)
            deals = deals.Where(d => d.CloseDate >= start);
        if (end is not null)
            deals = deals.Where(d => d.CloseDate <= end);
        var rows = await deals.Select(d => new { d.Id, d.Stage, d.Currency, d.Amount, d.OwnerId }).ToListAsync(ct);
        var stages = Weights.Keys
            .Select(stage => rows.Where(r => r.Stage == stage).ToList())
            .Where(list => list.Count > 0)
            .Select(list => new PipelineStage(list[0].Stage, list.Count, Sum(list.Select(r => (r.Currency, r.Amount ?? 0))), Weights[list[0].Stage]))
            .ToList();
        var totals = Sum(rows.Select(r => (r.Currency, r.Amount ?? 0)));
        var weighted = Sum(rows.Select(r => (r.Currency, (r.Amount ?? 0) * Weights[r.Stage])));
        var ownerName = scope == DealScope.Owner && ownerId is not null
            ? await db.Users.AsNoTracking().Where(u => u.Id == ownerId).Select(u => u.Name).FirstOrDefaultAsync(ct)
            : null;
        var owners = byOwner ? await OwnersAsync(rows.Select(r => (r.OwnerId, r.Currency, r.Amount ?? 0)), ct) : null;
        return new PipelineResult(description, start, end, stages, totals, weighted) {
            ScopeOwnerName = ownerName,
            Owners = owners,
            DealIds = [.. rows.OrderByDescending(r => r.Amount ?? 0).ThenBy(r => r.Id, StringComparer.Ordinal).Select(r => r.Id)],
        };
    }

    /// <summary>Each owner's count and totals, the largest share first.</summary>
    private async Task<List<PipelineOwner>> OwnersAsync(IEnumerable<(string OwnerId, string Currency, decimal Amount)> rows, CancellationToken ct)
    {
        var byOwner = rows.GroupBy(r => r.OwnerId).ToList();
        var ids = byOwner.Select(g => g.Key).ToList();
        var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        return [.. byOwner.OrderByDescending(g => g.Sum(r => r.Amount)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new PipelineOwner(g.Key, names.GetValueOrDefault(g.Key, g.Key), g.Count(), Sum(g.Select(r => (r.Currency, r.Amount)))))];
    }

    private static List<MoneyTotal> Sum(IEnumerable<(string Currency, decimal Amount)> amounts) =>
        [.. amounts.GroupBy(a => a.Currency).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new MoneyTotal(g.Key, g.Sum(a => a.Amount)))];
}
