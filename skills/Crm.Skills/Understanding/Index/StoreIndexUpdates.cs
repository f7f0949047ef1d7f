using Crm.Data.Audit;
using Crm.Data.Store;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Understanding.Index;

/// <summary>
/// Brings a cached <see cref="StoreIndex"/> up to date from the audit trail when that is cheap, so a
/// busy store does not rebuild it on every write: changes to fields the index does not hold are
/// ignored, and deal stage moves (the commonest write the index cares about) are patched in.
/// Anything else (a rename, a new owner, a record created or deleted) asks for a rebuild.
/// </summary>
internal static class StoreIndexUpdates
{
    /// <summary>The tables the index reads, as <c>field_changes.Entity</c> names them.</summary>
    public static readonly string[] IndexedTables = ["accounts", "account_aliases", "contacts", "deals", "tickets", "users"];

    private static readonly Dictionary<string, HashSet<string>> IndexedFields = new(StringComparer.Ordinal)
    {
        ["accounts"] = ["name", "ownerId", "currency", "city"],
        ["contacts"] = ["accountId", "name"],
        ["deals"] = ["accountId", "name", "ownerId", "stage", "currency"],
        ["tickets"] = ["accountId", "title", "description", "status", "assigneeId", "createdById"],
        ["users"] = ["name", "role", "team", "managerId", "timeZone", "locale"],
    };

    /// <returns>The index as of now, or null when only a rebuild can tell.</returns>
    public static async Task<StoreIndex?> TryApplyAsync(CrmDbContext db, StoreIndex index, long sinceChangeSet, CancellationToken ct)
    {
        var changes = await db.FieldChanges.AsNoTracking()
            .Where(f => f.ChangeSetId > sinceChangeSet && IndexedTables.Contains(f.Entity))
            .Select(f => new { f.Entity, f.RecordId, f.Kind, f.Field })
            .ToListAsync(ct);
        var relevant = changes.Where(c => c.Kind != ChangeKind.Updated || !IndexedFields.TryGetValue(c.Entity, out var fields) || fields.Contains(c.Field)).ToList();
        if (relevant.Count == 0)
            return index;
        if (!relevant.All(c => c is { Entity: "deals", Kind: ChangeKind.Updated, Field: "stage" } && index.Deals.ContainsKey(c.RecordId)))
            return null;
        var ids = relevant.Select(c => c.RecordId).Distinct().ToList();
        var stages = await db.Deals.AsNoTracking().Where(d => ids.Contains(d.Id)).Select(d => new { d.Id, d.Stage }).ToListAsync(ct);
        if (stages.Count != ids.Count)
            return null;
        var deals = new Dictionary<string, IndexedDeal>(index.Deals, StringComparer.Ordinal);
        foreach (var deal in stages)
            deals[deal.Id] = deals[deal.Id] with { Stage = deal.Stage };
        return index.WithDeals(deals);
    }
}
