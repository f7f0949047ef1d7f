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
        var (owners, description) = await OwnersAsync(user, scope, ownerId, team, ct);
        return (owners is null ? deals : deals.Where(d => owners.Contains(d.OwnerId)), description);
    }

    /// <summary>
    /// The users whose records a scope covers (null for everyone), with the scope described: the same rules for deals and
    /// for customers ("my accounts", "我有哪些客户").
    /// </summary>
    public async Task<(List<string>? Owners, string Description)> OwnersAsync(
        User user, DealScope scope, string? ownerId, string? team, CancellationToken ct)
    {
        switch (scope)
        {
            case DealScope.Mine when user.Role != UserRole.Admin:
                return ([user.Id], "mine");
            case DealScope.MyTeam when user.Role != UserRole.Admin && user.Team is not null:
                return (await TeamAsync(user.Team, user.Id, ct), "team:" + user.Team);
            case DealScope.MyTeam when user.Role != UserRole.Admin:
                return ([user.Id], "mine");
            case DealScope.Owner when ownerId is not null:
                return ([ownerId], "owner:" + ownerId);
            case DealScope.Team when team is not null:
                return (await TeamAsync(team, null, ct), "team:" + team);
            default:
                return (null, "all");
        }
    }

    private Task<List<string>> TeamAsync(string team, string? managerId, CancellationToken ct) =>
        db.Users.Where(u => u.Team == team || (managerId != null && u.ManagerId == managerId)).Select(u => u.Id).ToListAsync(ct);
}
