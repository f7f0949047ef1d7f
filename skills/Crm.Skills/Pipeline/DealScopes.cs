using Crm.Data.Deals;
using Crm.Data.Store;
using Crm.Data.Users;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Pipeline;

/// <summary>Filters deals to a scope, in the query (so the store does the work).</summary>
public sealed class DealScopes(CrmDbContext db)
{
    public async Task<(IQueryable<Deal> Deals, string Description)> ApplyAsync(
        IQueryable<Deal> deals, User user, DealScope scope, string? ownerId, string? team, CancellationToken ct)
    {
        switch (scope)
        {
            case DealScope.Mine when user.Role != UserRole.Admin:
                return (deals.Where(d => d.OwnerId == user.Id), "mine");
            case DealScope.MyTeam when user.Role != UserRole.Admin && user.Team is not null:
                return (await TeamAsync(deals, user.Team, user.Id, ct), "team:" + user.Team);
            case DealScope.MyTeam when user.Role != UserRole.Admin:
                return (deals.Where(d => d.OwnerId == user.Id), "mine");
            case DealScope.Owner when ownerId is not null:
                return (deals.Where(d => d.OwnerId == ownerId), "owner:" + ownerId);
            case DealScope.Team when team is not null:
                return (await TeamAsync(deals, team, null, ct), "team:" + team);
            default:
                return (deals, "all");
        }
    }

    private async Task<IQueryable<Deal>> TeamAsync(IQueryable<Deal> deals, string team, string? managerId, CancellationToken ct)
    {
        var members = await db.Users.Where(u => u.Team == team || (managerId != null && u.ManagerId == managerId))
            .Select(u => u.Id).ToListAsync(ct);
        return deals.Where(d => members.Contains(d.OwnerId));
    }
}
