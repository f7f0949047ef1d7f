using Crm.Data.Audit;
using Crm.Data.Store;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Crm.Skills.Invoking;

/// <summary>
/// Applies recorded field changes to the tracked store, backwards (undo: created records are deleted,
/// updated fields get their old values) or forwards (applying a confirmed preview). Before touching a
/// record it checks the store still holds what the log expects, so neither ever overwrites a change
/// someone made since; a mismatch is a <see cref="RefusalReason.Conflict"/>. The caller saves.
/// </summary>
public sealed class ChangeApplier(CrmDbContext db)
{
    public async Task<RefusalResult?> RevertAsync(IReadOnlyList<FieldChange> log, CancellationToken ct)
    {
        foreach (var group in Groups(log).AsEnumerable().Reverse())
        {
            var refusal = group.Kind switch
            {
                ChangeKind.Created => await DeleteAsync(group, expectNew: true, ct),
                ChangeKind.Updated => await SetAsync(group, forwards: false, ct),
                _ => await CreateAsync(group, forwards: false, ct),
            };
            if (refusal is not null)
                return refusal;
        }
        return null;
    }

    public async Task<RefusalResult?> ReplayAsync(IReadOnlyList<FieldChange> log, CancellationToken ct)
    {
        foreach (var group in Groups(log))
        {
            var refusal = group.Kind switch
            {
                ChangeKind.Created => await CreateAsync(group, forwards: true, ct),
                ChangeKind.Updated => await SetAsync(group, forwards: true, ct),
                _ => await DeleteAsync(group, expectNew: false, ct),
            };
            if (refusal is not null)
                return refusal;
        }
        return null;
    }

    /// <summary>Consecutive rows of one record and kind, in log order.</summary>
    private static List<LogGroup> Groups(IReadOnlyList<FieldChange> log)
    {
        var groups = new List<LogGroup>();
        foreach (var row in log)
        {
            if (groups.Count > 0 && groups[^1] is var last && last.Entity == row.Entity && last.RecordId == row.RecordId && last.Kind == row.Kind)
                last.Rows.Add(row);
            else
                groups.Add(new LogGroup(row.Entity, row.RecordId, row.Kind, [row]));
        }
        return groups;
    }

    private async Task<RefusalResult?> DeleteAsync(LogGroup group, bool expectNew, CancellationToken ct)
    {
        var type = RecordKeys.EntityType(db, group.Entity);
        var entity = await RecordKeys.FindAsync(db, type, group.RecordId, ct);
        if (entity is null || !Matches(type, entity, group, expectNew))
            return Conflict(group);
        db.Remove(entity);
        return null;
    }

    private async Task<RefusalResult?> SetAsync(LogGroup group, bool forwards, CancellationToken ct)
    {
        var type = RecordKeys.EntityType(db, group.Entity);
        var entity = await RecordKeys.FindAsync(db, type, group.RecordId, ct);
        if (entity is null || !Matches(type, entity, group, expectNew: !forwards))
            return Conflict(group);
        var entry = db.Entry(entity);
        foreach (var row in group.Rows)
        {
            var property = RecordKeys.Property(type, row.Field);
            entry.Property(property.Name).CurrentValue = FieldText.Parse(forwards ? row.NewValue : row.OldValue, property.ClrType);
        }
        return null;
    }

    private async Task<RefusalResult?> CreateAsync(LogGroup group, bool forwards, CancellationToken ct)
    {
        var type = RecordKeys.EntityType(db, group.Entity);
        var keys = type.FindPrimaryKey()!.Properties;
        // A store-numbered key (comments, aliases) is numbered again when a preview is applied.
        var keepKey = !forwards || keys.Any(k => k.ValueGenerated == ValueGenerated.Never);
        if (keepKey && await RecordKeys.FindAsync(db, type, group.RecordId, ct) is not null)
            return Conflict(group);
        var entity = Activator.CreateInstance(type.ClrType)!;
        var entry = db.Entry(entity);
        if (keepKey)
        {
            var values = RecordKeys.Parse(type, group.RecordId);
            for (var i = 0; i < keys.Count; i++)
                entry.Property(keys[i].Name).CurrentValue = values[i];
        }
        foreach (var row in group.Rows)
        {
            var property = RecordKeys.Property(type, row.Field);
            entry.Property(property.Name).CurrentValue = FieldText.Parse(forwards ? row.NewValue : row.OldValue, property.ClrType);
        }
        db.Add(entity);
        return null;
    }

    private bool Matches(IEntityType type, object entity, LogGroup group, bool expectNew)
    {
        var entry = db.Entry(entity);
        // Bookkeeping fields (the concurrency version, updatedAt) are stamped again on save, so they are not evidence of a later change.
        return group.Rows.Where(row => !RecordLabels.IsHidden(row.Field)).All(row =>
            FieldText.Format(entry.Property(RecordKeys.Property(type, row.Field).Name).CurrentValue) == (expectNew ? row.NewValue : row.OldValue));
    }

    private static RefusalResult Conflict(LogGroup group) =>
        new(RefusalReason.Conflict, $"{group.RecordId} was changed since, so it was left as it is.")
        {
            Entity = group.Entity,
            RecordId = group.RecordId,
        };

    private sealed record LogGroup(string Entity, string RecordId, ChangeKind Kind, List<FieldChange> Rows);
}
