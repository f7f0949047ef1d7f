using Crm.Data.Audit;
using Crm.Data.Store;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Understanding.Index;

/// <summary>
/// Brings a cached <see cref="StoreIndex"/> up to date from the audit trail when that is cheap, so a
/// busy store does not rebuild it on every write: changes to fields the index does not hold are
/// ignored, deal stage, amount, close date and next step changes and new tickets (the commonest writes the index cares about) are patched in.
/// Anything else (a rename, a new owner, any other record created or deleted) asks for a rebuild.
/// </summary>
internal static class StoreIndexUpdates
{
    /// <summary>The tables the index reads, as <c>field_changes.Entity</c> names them.</summary>
    public static readonly string[] IndexedTables = ["accounts", "account_aliases", "contacts", "deals", "tickets", "users"];

    private static readonly Dictionary<string, HashSet<string>> IndexedFields = new(StringComparer.Ordinal)
    {
        ["accounts"] = ["name", "ownerId", "currency", "city"],
        ["contacts"] = ["accountId", "name"],
        ["deals"] = ["accountId", "name", "ownerId", "stage", "amount", "closeDate", "currency", "nextStep", "nextStepDue"],
        ["tickets"] = ["accountId", "title", "description", "status", "priority", "assigneeId", "createdById"],
        ["users"] = ["name", "email", "role", "team", "managerId", "timeZone", "locale"],
    };

    /// <summary>Whether a change to this field of this record changes what the index holds.</summary>
    public static bool Touches(string entity, ChangeKind kind, string field) => IndexedTables.Contains(entity)
        && (kind != ChangeKind.Updated || !IndexedFields.TryGetValue(entity, out var fields) || fields.Contains(field));

    private sealed record AuditedField(string Entity, string RecordId, ChangeKind Kind, string Field);

    // Compiled: a busy store asks this on most messages (each sees another turn's write).
    private static readonly PerModelQuery<Func<CrmDbContext, long, long, IAsyncEnumerable<AuditedField>>> ChangesBetween = new(() =>
        EF.CompileAsyncQuery((CrmDbContext db, long since, long until) => db.FieldChanges.AsNoTracking()
            .Where(f => f.ChangeSetId > since && f.ChangeSetId <= until)
            .Select(f => new AuditedField(f.Entity, f.RecordId, f.Kind, f.Field))));

    /// <param name="untilChangeSet">The last change set the store's counts were read with: later ones are the next refresh's.</param>
    /// <param name="ticketsAdded">How many more tickets the store holds than the index: created ones are patched in.</param>
    /// <returns>The index as of now, or null when only a rebuild can tell.</returns>
    public static async Task<StoreIndex?> TryApplyAsync(CrmDbContext db, StoreIndex index, long sinceChangeSet, long untilChangeSet, long ticketsAdded, CancellationToken ct)
    {
        // Only the change-set range is asked of the store, so it reads the few rows from the ChangeSetId index.
        // Given the tables too, SQLite chose the Entity index and read every change ever made to them, each turn.
        var changes = await ChangesBetween.For(db)(db, sinceChangeSet, untilChangeSet).ToListAsync(ct);
        var relevant = changes.Where(c => Touches(c.Entity, c.Kind, c.Field)).ToList();
        // A ticket created since the index was built is read as it is now, so its later edits come with it.
        var newTickets = relevant.Where(c => c is { Entity: "tickets", Kind: ChangeKind.Created } && !index.Tickets.ContainsKey(c.RecordId))
            .Select(c => c.RecordId).ToHashSet(StringComparer.Ordinal);
        var moved = relevant.Where(c => c is { Entity: "deals", Kind: ChangeKind.Updated, Field: "stage" or "amount" or "closeDate" or "nextStep" or "nextStepDue" } && index.Deals.ContainsKey(c.RecordId)).ToList();
        var ticketRows = relevant.Count(c => c is { Entity: "tickets", Kind: not ChangeKind.Deleted } && newTickets.Contains(c.RecordId));
        if (moved.Count + ticketRows != relevant.Count || newTickets.Count != ticketsAdded)
            return null;
        var patched = await ApplyDealFiguresAsync(db, index, [.. moved.Select(c => c.RecordId).Distinct()], ct);
        return patched is null || newTickets.Count == 0 ? patched : await AddTicketsAsync(db, patched, [.. newTickets], ct);
    }

    private static async Task<StoreIndex?> ApplyDealFiguresAsync(CrmDbContext db, StoreIndex index, List<string> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
            return index;
        var figures = await db.Deals.AsNoTracking().Where(d => ids.Contains(d.Id)).Select(d => new { d.Id, d.Stage, d.Amount, d.CloseDate, d.NextStep, d.NextStepDue }).ToListAsync(ct);
        if (figures.Count != ids.Count)
            return null;
        return index.WithDeals(index.Deals.SetItems(figures.Select(d =>
            KeyValuePair.Create(d.Id, index.Deals[d.Id] with { Stage = d.Stage, Amount = d.Amount, CloseDate = d.CloseDate, NextStep = d.NextStep, NextStepDue = d.NextStepDue }))));
    }

    private static async Task<StoreIndex?> AddTicketsAsync(CrmDbContext db, StoreIndex index, List<string> ids, CancellationToken ct)
    {
        var rows = await db.Tickets.AsNoTracking().IgnoreAutoIncludes().Where(t => ids.Contains(t.Id))
            .Select(t => new StoreIndexBuilder.TicketRow(new IndexedTicket(t.Id, t.AccountId, t.Title, t.Status, t.AssigneeId, t.CreatedById, t.Priority), t.Description))
            .ToListAsync(ct);
        return rows.Count == ids.Count ? index.WithTickets(rows) : null;
    }
}
