namespace Crm.Data.Audit;

/// <summary>
/// Who an import is attributed to. With it, an import records one change set listing every record it
/// created (kind Created, field "id"), so the audit trail shows it and undo can remove it.
/// </summary>
public sealed record ImportAttribution(string UserId, TimeProvider Clock, string Description)
{
    /// <summary>The user id recorded for imports run from the command line, where no CRM user is signed in.</summary>
    public const string CommandLineUser = "system:cli";

    internal ChangeSet ChangeSet(IEnumerable<(string Entity, string RecordId)> created) => new()
    {
        UserId = UserId,
        At = Clock.GetUtcNow().UtcDateTime,
        Text = Description,
        Changes = [.. created.Select(c => new FieldChange { Entity = c.Entity, RecordId = c.RecordId, Kind = ChangeKind.Created, Field = "id", NewValue = c.RecordId })],
    };
}
