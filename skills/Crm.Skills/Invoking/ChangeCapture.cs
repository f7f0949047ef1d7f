using Crm.Data.Audit;
using Crm.Data.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Crm.Skills.Invoking;

/// <summary>
/// Reads old → new for every field of every record the change tracker is about to write. Done
/// before SaveChanges, because afterwards the original values are gone; record ids the store
/// generates (comment and alias numbers) are read after the save through <see cref="CapturedRecord.RecordId"/>.
/// </summary>
internal static class ChangeCapture
{
    /// <summary>
    /// Bookkeeping tables that are not CRM data and are never audited or undone. A turn's processed-activity
    /// record waits in the same context and is saved with the message's records.
    /// </summary>
    private static readonly HashSet<Type> NotAudited = [typeof(ChangeSet), typeof(FieldChange), typeof(PendingChange), typeof(ProcessedActivity)];

    public static List<EntityEntry> PendingEntries(DbContext db) =>
        [.. db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => !NotAudited.Contains(e.Metadata.ClrType))];

    public static CapturedRecord Capture(EntityEntry entry)
    {
        var kind = entry.State switch
        {
            EntityState.Added => ChangeKind.Created,
            EntityState.Deleted => ChangeKind.Deleted,
            _ => ChangeKind.Updated,
        };
        var fields = new List<CapturedField>();
        foreach (var property in entry.Metadata.GetProperties().Where(p => !p.IsPrimaryKey() && !p.IsShadowProperty()))
        {
            var member = entry.Property(property.Name);
            var old = kind == ChangeKind.Created ? null : FieldText.Format(member.OriginalValue);
            var now = kind == ChangeKind.Deleted ? null : FieldText.Format(member.CurrentValue);
            if (kind == ChangeKind.Updated && (!member.IsModified || old == now))
                continue;
            if (kind != ChangeKind.Updated && old is null && now is null)
                continue;
            fields.Add(new CapturedField(FieldText.FieldName(property.Name), old, now));
        }
        return new CapturedRecord(entry, TableOf(entry.Metadata), kind, fields);
    }

    public static string TableOf(IEntityType type) => type.GetTableName() ?? type.ClrType.Name;
}

internal sealed record CapturedField(string Field, string? Old, string? New);

internal sealed record CapturedRecord(EntityEntry Entry, string Entity, ChangeKind Kind, IReadOnlyList<CapturedField> Fields)
{
    /// <summary>Read after the save so store-generated keys are known.</summary>
    public string RecordId => RecordKeys.Format(Entry);
}
