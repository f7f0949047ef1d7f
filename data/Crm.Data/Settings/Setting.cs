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
}
