using Crm.Data.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Crm.Skills.Invoking;

/// <summary>
/// Record ids as the audit log writes them, and back: the key's invariant text; composite keys
/// (settings: scope and name) are joined with '/'.
/// </summary>
internal static class RecordKeys
{
    public static string Format(EntityEntry entry) =>
        string.Join('/', entry.Metadata.FindPrimaryKey()!.Properties.Select(p => FieldText.Format(entry.Property(p.Name).CurrentValue)));

    public static IEntityType EntityType(CrmDbContext db, string entity) =>
        db.Model.GetEntityTypes().FirstOrDefault(t => t.GetTableName() == entity)
        ?? throw new InvalidOperationException($"No table named '{entity}'.");

    public static object?[] Parse(IEntityType type, string recordId)
    {
        var keys = type.FindPrimaryKey()!.Properties;
        var parts = keys.Count == 1 ? [recordId] : recordId.Split('/', keys.Count);
        return [.. keys.Select((p, i) => FieldText.Parse(parts[i], p.ClrType))];
    }

    public static async Task<object?> FindAsync(CrmDbContext db, IEntityType type, string recordId, CancellationToken ct) =>
        await db.FindAsync(type.ClrType, Parse(type, recordId), ct);

    public static IProperty Property(IEntityType type, string field) =>
        type.GetProperties().FirstOrDefault(p => FieldText.FieldName(p.Name) == field)
        ?? throw new InvalidOperationException($"{type.GetTableName()} has no field '{field}'.");
}
