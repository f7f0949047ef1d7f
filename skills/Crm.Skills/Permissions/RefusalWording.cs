using Crm.Data.Deals;
using Crm.Data.Tickets;
using Crm.Data.Users;
using Crm.Skills.Invoking;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Crm.Skills.Permissions;

/// <summary>One plain English sentence per refused action; the structured facts travel beside it.</summary>
internal static class RefusalWording
{
    public static RefusalResult NotPermitted(User user, WriteAction action, EntityEntry entry, User? owner)
    {
        var label = RecordLabels.Of(entry.Entity);
        var detail = action switch
        {
            WriteAction.ChangeDeal when user.Role == UserRole.Support =>
                $"{DealLabel(entry)} is owned by {owner?.Name ?? "someone else"}; support cannot change deals.",
            WriteAction.ChangeDeal =>
                $"{DealLabel(entry)} is owned by {owner?.Name ?? "someone else"}; only the owner or their manager can change it.",
            WriteAction.CreateDeal when user.Role == UserRole.Support => "Support cannot create deals.",
            WriteAction.CreateDeal => $"Only {owner?.Name ?? "the owner"} or their manager can create deals owned by {owner?.Name ?? "them"}.",
            WriteAction.ChangeTicket when entry.Entity is Ticket t =>
                $"Only support can change the status, priority or assignee of ticket {t.Id}.",
            WriteAction.EditActivity => $"This activity was logged by {owner?.Name ?? "someone else"}; only they can change it.",
            WriteAction.EditTask => $"This task belongs to {owner?.Name ?? "someone else"}; only they or their manager can change it.",
            WriteAction.ChangeCompanySettings => "Only an administrator can change company settings.",
            WriteAction.ChangeOwnSettings => "You can only change your own settings.",
            _ => "Your role does not allow this change.",
        };
        return new RefusalResult(RefusalReason.NotPermitted, detail)
        {
            Action = action,
            Entity = ChangeCapture.TableOf(entry.Metadata),
            RecordId = KeyOf(entry),
            RecordLabel = label,
            OwnerName = owner?.Name,
            RoleForbids = user.Role == UserRole.Support && action is WriteAction.ChangeDeal or WriteAction.CreateDeal,
        };
    }

    /// <summary>A kind of write the user's role may never make, refused before any record is settled: "Support cannot create deals."</summary>
    public static RefusalResult RoleForbids(UserRole role, WriteAction action) => new(RefusalReason.NotPermitted, action switch
    {
        WriteAction.CreateDeal => $"{role} cannot create deals.",
        WriteAction.ChangeDeal => $"{role} cannot change deals.",
        _ => "Your role does not allow this change.",
    })
    {
        Action = action,
        Entity = action is WriteAction.CreateDeal or WriteAction.ChangeDeal ? "deals" : null,
        RoleForbids = true,
    };

    private static string DealLabel(EntityEntry entry) =>
        entry.Entity is Deal d ? (d.Name.Contains("deal", StringComparison.OrdinalIgnoreCase) ? d.Name : $"The {d.Name} deal") : "This deal";

    private static string? KeyOf(EntityEntry entry) =>
        FieldText.Format(entry.Metadata.FindPrimaryKey()?.Properties.Select(p => entry.Property(p.Name).CurrentValue).FirstOrDefault());
}
