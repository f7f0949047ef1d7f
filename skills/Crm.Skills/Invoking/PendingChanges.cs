using System.Text.Json;
using Crm.Data.Audit;
using Crm.Data.Store;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Invoking;

/// <summary>
/// Previews waiting for Apply or Cancel. A preview keeps the field changes the message would have made
/// (the same rows the audit log holds), so applying it later replays exactly what was shown.
/// </summary>
public sealed class PendingChanges(CrmDbContext db)
{
    internal async Task<string> SaveAsync(string userId, MessageInfo? message, DateTime at, IReadOnlyList<FieldChange> log,
        IReadOnlyList<RecordChange> records, CancellationToken ct)
    {
        var pending = new PendingChange
        {
            Id = "P-" + Guid.NewGuid().ToString("N")[..10],
            UserId = userId, ConversationId = message?.ConversationId, MessageId = message?.MessageId, Text = message?.Text,
            CreatedAt = at,
            ChangesJson = JsonSerializer.Serialize(new PendingPayload([.. log.Select(PendingRow.From)], records)),
        };
        db.Add(pending);
        await db.SaveChangesAsync(ct);
        return pending.Id;
    }

    /// <summary>The user's own pending preview, or null (someone else's id is as good as unknown).</summary>
    public async Task<(PendingChange Row, IReadOnlyList<FieldChange> Log, IReadOnlyList<RecordChange> Records)?> FindAsync(
        string pendingId, string userId, CancellationToken ct)
    {
        var row = await db.Set<PendingChange>().FirstOrDefaultAsync(p => p.Id == pendingId && p.UserId == userId, ct);
        if (row is null)
            return null;
        var payload = JsonSerializer.Deserialize<PendingPayload>(row.ChangesJson)!;
        return (row, [.. payload.Log.Select(r => r.ToFieldChange())], payload.Records);
    }

    private sealed record PendingPayload(IReadOnlyList<PendingRow> Log, IReadOnlyList<RecordChange> Records);

    private sealed record PendingRow(string Entity, string RecordId, ChangeKind Kind, string Field, string? Old, string? New)
    {
        public static PendingRow From(FieldChange f) => new(f.Entity, f.RecordId, f.Kind, f.Field, f.OldValue, f.NewValue);

        public FieldChange ToFieldChange() =>
            new() { Entity = Entity, RecordId = RecordId, Kind = Kind, Field = Field, OldValue = Old, NewValue = New };
    }
}
