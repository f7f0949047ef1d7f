using Crm.Data.Accounts;
using Crm.Data.Activities;
using Crm.Data.Contacts;
using Crm.Data.Deals;
using Crm.Data.Settings;
using Crm.Data.Tasks;
using Crm.Data.Tickets;
using Crm.Data.Store;

namespace Crm.Skills.Invoking;

/// <summary>The human name of a record on a card: the deal's name, the contact's name, the ticket's id…</summary>
internal static class RecordLabels
{
    public static string Of(object entity) => entity switch
    {
        Deal d => d.Name,
        Contact c => c.Name,
        Ticket t => $"{t.Id} {t.Title}",
        TicketComment c => c.TicketId,
        CrmTask t => t.Title,
        Activity a => a.Subject ?? StoredEnum.ToStored(a.Type),
        Account a => a.Name,
        AccountAlias a => a.Alias,
        Setting s => s.Name,
        _ => entity.GetType().Name,
    };

    /// <summary>Money fields carry the record's currency so the card can format them.</summary>
    public static string? CurrencyOf(object entity, string field) =>
        entity is Deal d && field == "amount" ? d.Currency : null;

    /// <summary>Fields that are bookkeeping, kept in the audit log for exact undo but not shown on cards.</summary>
    public static bool IsHidden(string field) => field is "version" or "updatedAt" or "position" or "normalizedAlias";
}
