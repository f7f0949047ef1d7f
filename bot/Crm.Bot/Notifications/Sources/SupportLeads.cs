using Crm.Data.Users;

namespace Crm.Bot.Notifications.Sources;

/// <summary>
/// The support lead is whoever support agents report to: a user named as the manager of at least one
/// support-role user. The model already says who reports to whom, so no new flag is needed; a company
/// whose support agents report to nobody simply has no lead to alert.
/// </summary>
internal static class SupportLeads
{
    public static IReadOnlyList<User> Of(IEnumerable<User> users)
    {
        var all = users.ToList();
        var leadIds = all.Where(u => u.Role == UserRole.Support && u.ManagerId is not null).Select(u => u.ManagerId!).ToHashSet();
        return [.. all.Where(u => leadIds.Contains(u.Id))];
    }
}
