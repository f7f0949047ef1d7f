using Crm.Data.Audit;
using Crm.Skills.Permissions;

namespace Crm.Skills.Results;

/// <summary>
/// What a skill, or the conversation around it, produced. Each concrete result has one card
/// renderer in the host. Results carry data, never wording: the renderer words them in the
/// user's language.
/// </summary>
public abstract record SkillResult;

/// <summary>A write that was applied: what changed, field by field, and the change set to undo.</summary>
public sealed record ChangeResult(long ChangeSetId, IReadOnlyList<RecordChange> Records) : SkillResult;

/// <summary>
/// A write prepared but not applied because the user wants to confirm writes first; Apply and
/// Cancel on the card come back as card values carrying <paramref name="PendingId"/>.
/// </summary>
public sealed record PreviewResult(string PendingId, IReadOnlyList<RecordChange> Records) : SkillResult;

/// <summary>One record a change set touched. <paramref name="Label"/> is its human name (deal name, contact name…).</summary>
public sealed record RecordChange(string Entity, string RecordId, string Label, ChangeKind Kind, IReadOnlyList<FieldDelta> Fields);

/// <summary>
/// One field's old and new value, as invariant text (dates yyyy-MM-dd, instants ISO 8601 UTC,
/// numbers with '.' decimals, enums as stored). <paramref name="Currency"/> is set for money fields.
/// </summary>
public sealed record FieldDelta(string Field, string? Old, string? New, string? Currency = null)
{
    /// <summary>For a field holding a record id (owner, assignee, contact, account, deal): the name of the old record, to show instead of its id.</summary>
    public string? OldName { get; init; }
    /// <summary>The name of the new record, to show instead of its id.</summary>
    public string? NewName { get; init; }
}

/// <summary>An undo that was applied: what was put back.</summary>
public sealed record UndoResult(long UndoneChangeSetId, IReadOnlyList<RecordChange> Restored) : SkillResult;

/// <summary>
/// The request was not allowed, or was invalid; nothing was written. <paramref name="Detail"/> says why
/// in one English sentence; the optional facts below let a renderer word it in any language.
/// </summary>
public sealed record RefusalResult(RefusalReason Reason, string Detail) : SkillResult
{
    /// <summary>For <see cref="RefusalReason.NotPermitted"/>: what the user tried to do.</summary>
    public WriteAction? Action { get; init; }
    /// <summary>The record concerned: collection name (deals, tickets…), id and human label.</summary>
    public string? Entity { get; init; }
    public string? RecordId { get; init; }
    public string? RecordLabel { get; init; }
    /// <summary>Who owns (or is assigned) the record, when that is why the request was refused.</summary>
    public string? OwnerName { get; init; }
    /// <summary>The user's role may never do this (support and deals), whoever owns the record.</summary>
    public bool RoleForbids { get; init; }
    /// <summary>For <see cref="RefusalReason.InvalidValue"/>: the field and the value given.</summary>
    public string? Field { get; init; }
    public string? Value { get; init; }
}

public enum RefusalReason { NotPermitted, InvalidValue, NotFound, UnknownUser, NothingToUndo, Conflict }

/// <summary>The bot needs one answer before it can act; nothing was written. Choices become buttons.</summary>
public sealed record ClarificationResult(string Question, IReadOnlyList<Choice> Choices) : SkillResult;

/// <summary>A button: what it shows, and the value sent back when pressed (also accepted as typed text).</summary>
public sealed record Choice(string Title, string Value)
{
    /// <summary>For a write offered as a choice: the change it would make, so the host can word the button like a change card.</summary>
    public RecordChange? Offer { get; init; }
}

/// <summary>Plain conversational text: greetings, help, out-of-scope answers.</summary>
public sealed record MessageResult(string Text) : SkillResult;

/// <summary>What the user's last change set in this conversation wrote: what a correction amends.</summary>
public sealed record LastChangeResult(long ChangeSetId, string? Text, DateTime At, IReadOnlyList<RecordChange> Records) : SkillResult;

/// <summary>A preview the user cancelled; nothing was written.</summary>
public sealed record CancelledResult(string PendingId) : SkillResult;
