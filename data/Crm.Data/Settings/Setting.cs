using Crm.Data.Notifications;
using Crm.Data.Store;

namespace Crm.Data.Settings;

/// <summary>
/// One named preference, either company-wide (<see cref="CompanyScope"/>) or for one user (scope = user id).
/// Key/value rather than columns so a new preference needs no migration.
/// </summary>
public sealed class Setting
{
    public const string CompanyScope = "company";

    /// <summary>"company" or a user id.</summary>
    public required string Scope { get; set; }
    public required string Name { get; set; }
    public required string Value { get; set; }
}

/// <summary>The names settings are stored under.</summary>
public static class SettingNames
{
    /// <summary>"true"/"false": show a preview with Apply/Cancel instead of writing at once.</summary>
    public const string ConfirmBeforeWriting = "confirm_before_writing";

    /// <summary>The conversation id of the team channel where a manager asked for the Monday digest.</summary>
    public const string DigestChannel = "digest_channel";

    /// <summary>"on"/"off" for one kind of notification; no row means on.</summary>
    public static string Notifications(NotificationKind kind) => "notify:" + StoredEnum.ToStored(kind);

    /// <summary>
    /// The local date (yyyy-MM-dd) a snoozed notification comes again, e.g. "snooze:task_due:TSK-5".
    /// Ids longer than fit are cut: the name only has to be unique per user, and ids are short.
    /// </summary>
    public static string Snooze(NotificationKind kind, string subjectId)
    {
        var name = $"snooze:{StoredEnum.ToStored(kind)}:{subjectId}";
        return name.Length <= 64 ? name : name[..64];
    }
}
