using Crm.Data.Accounts;
using Crm.Data.Activities;
using Crm.Data.Contacts;
using Crm.Data.Deals;
using Crm.Data.Settings;
using Crm.Data.Store;
using Crm.Data.Tasks;
using Crm.Data.Tickets;
using Crm.Data.Users;
using Crm.Skills.Invoking;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Crm.Skills.Permissions;

/// <summary>
/// Decides, for each record a message is about to write, whether the acting user may (behaviour §6).
/// It looks at the tracked write itself, not at which skill made it, so no skill can forget a check:
/// a refused write never reaches the store.
/// </summary>
public sealed class PermissionPolicy(CrmDbContext db)
{
    public async Task<RefusalResult?> CheckAsync(User user, EntityEntry entry, CancellationToken ct)
    {
        var (action, ownerId) = Classify(entry);
        var reach = PermissionMatrix.ReachOf(user.Role, action);
        if (reach == Reach.Any)
            return null;
        if (reach != Reach.None && ownerId == user.Id)
            return null;
        var owner = ownerId is null ? null : await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == ownerId, ct);
        if (reach == Reach.Team && owner is not null && InTeamOf(user, owner))
            return null;
        return RefusalWording.NotPermitted(user, action, entry, owner);
    }

    /// <summary>True when <paramref name="owner"/> is the manager's report or shares their team.</summary>
    public static bool InTeamOf(User manager, User owner) => InTeamOf(manager.Id, manager.Team, owner.Id, owner.ManagerId, owner.Team);

    /// <summary>The same, for users as the understanding's index holds them (to ask only what may then be written).</summary>
    public static bool InTeamOf(string managerId, string? managerTeam, string ownerId, string? ownersManagerId, string? ownerTeam) =>
        ownerId == managerId || ownersManagerId == managerId ||
        (managerTeam is not null && string.Equals(ownerTeam, managerTeam, StringComparison.OrdinalIgnoreCase));

    /// <summary>Which action a tracked write is, and whose record it is (the owner before the change).</summary>
    internal static (WriteAction Action, string? OwnerId) Classify(EntityEntry entry)
    {
        var added = entry.State == EntityState.Added;
        string? Original(string property) => (string?)(added ? entry.Property(property).CurrentValue : entry.Property(property).OriginalValue);
        return entry.Entity switch
        {
            Activity => (added ? WriteAction.LogActivity : WriteAction.EditActivity, Original(nameof(Activity.UserId))),
            CrmTask => (added ? WriteAction.CreateTask : WriteAction.EditTask, Original(nameof(CrmTask.OwnerId))),
            Deal => (added ? WriteAction.CreateDeal : WriteAction.ChangeDeal, Original(nameof(Deal.OwnerId))),
            // A new ticket handed to someone as it is opened is an assignment, which is support's (behaviour §6).
            Ticket { AssigneeId: not null } when added => (WriteAction.ChangeTicket, null),
            Ticket => (added ? WriteAction.CreateTicket : WriteAction.ChangeTicket, Original(nameof(Ticket.AssigneeId))),
            TicketComment => (added ? WriteAction.CommentTicket : WriteAction.ChangeTicket, Original(nameof(TicketComment.UserId))),
            Contact => (WriteAction.EditContact, null),
            Setting s when s.Scope == Setting.CompanyScope => (WriteAction.ChangeCompanySettings, null),
            Setting s => (WriteAction.ChangeOwnSettings, s.Scope),
            Account or AccountAlias or User => (WriteAction.EditAccount, null),
            _ => (WriteAction.EditAccount, null),
        };
    }
}
