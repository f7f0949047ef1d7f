namespace Crm.Data.Audit;

/// <summary>
/// Everything one message wrote, as one unit: who, when, where, and old → new for every field of
/// every record touched. Undo reverts a whole change set; the "what changed" cards read it.
/// </summary>
public sealed class ChangeSet
{
    public long Id { get; set; }
    public required string UserId { get; set; }
    public DateTime At { get; set; }
    public string? ConversationId { get; set; }
    public string? MessageId { get; set; }
    /// <summary>What the user said, kept for the audit trail.</summary>
    public string? Text { get; set; }
    /// <summary>Set when a later change set undid this one.</summary>
    public long? UndoneBy { get; set; }
    /// <summary>Set on an undo change set: the change set it reverted.</summary>
    public long? Undoes { get; set; }
    public List<FieldChange> Changes { get; set; } = [];
}

/// <summary>One field of one record: its value before and after, as invariant strings (null = empty).</summary>
public sealed class FieldChange
{
    public long Id { get; set; }
    public long ChangeSetId { get; set; }
    /// <summary>Collection name as in the exchange format: deals, activities, tickets…</summary>
    public required string Entity { get; set; }
    public required string RecordId { get; set; }
    public ChangeKind Kind { get; set; }
    public required string Field { get; set; }
    public string? OldValue { get; set; }
    public string? NewValue { get; set; }
}

public enum ChangeKind { Created, Updated, Deleted }
