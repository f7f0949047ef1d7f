namespace Crm.Data.Users;

/// <summary>A person who talks to the bot. Role decides what they may change (behaviour §6).</summary>
public sealed class User
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public string? Email { get; set; }
    public UserRole Role { get; set; }
    public string? Team { get; set; }
    public string? ManagerId { get; set; }
    public string Locale { get; set; } = "en-US";
    public string TimeZone { get; set; } = "UTC";
    /// <summary>The Microsoft Entra object id Teams sends as <c>from.aadObjectId</c>.</summary>
    public string? AadObjectId { get; set; }

    public bool SpeaksChinese => Locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
}

public enum UserRole { Rep, Manager, Support, Admin }
