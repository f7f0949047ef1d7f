using Crm.Skills.Permissions;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// Whether the acting user may change a deal (behaviour §6, as <see cref="PermissionMatrix"/> writes it down), for a question
/// that is no use when the change would be refused: "华盛的单子关单日期推到明年一月" by a rep who does not own the deal is
/// refused for the deal, not asked which day of January.
/// </summary>
internal static class DealChangeAllowed
{
    public static bool For(string dealId, TurnContext ctx)
    {
        if (!ctx.Index.Deals.TryGetValue(dealId, out var deal))
            return false;
        var user = ctx.User;
        return PermissionMatrix.ReachOf(user.Role, WriteAction.ChangeDeal) switch
        {
            Reach.Any => true,
            Reach.Own => deal.OwnerId == user.Id,
            Reach.Team => deal.OwnerId == user.Id || (ctx.Index.Users.TryGetValue(deal.OwnerId, out var owner)
                && PermissionPolicy.InTeamOf(user.Id, user.Team, owner.Id, owner.ManagerId, owner.Team)),
            _ => false,
        };
    }
}
