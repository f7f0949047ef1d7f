namespace Crm.Data.Channels;

/// <summary>
/// Where and how to reach a conversation later without being asked (reminders, notifications):
/// the latest authenticated service URL, the ids Teams needs, and who last spoke there (PROTOCOLS §6.1, §6.3).
/// </summary>
public sealed class ConversationReference
{
    /// <summary>SHA-256 (hex) of channel id and conversation id.</summary>
    public required string Key { get; set; }
    public required string ChannelId { get; set; }
    public required string ConversationId { get; set; }
    /// <summary>personal, groupChat or channel.</summary>
    public string? ConversationType { get; set; }
    public required string ServiceUrl { get; set; }
    public string? TenantId { get; set; }
    public required string BotId { get; set; }
    public string? BotName { get; set; }
    /// <summary>The channel's id of the last sender (Teams 29:…), needed to open a 1:1 chat.</summary>
    public string? ChannelUserId { get; set; }
    public string? AadObjectId { get; set; }
    /// <summary>The CRM user who last spoke here, when known.</summary>
    public string? UserId { get; set; }
    public string? Locale { get; set; }
    public DateTime UpdatedAt { get; set; }
    /// <summary>Set once the welcome card was sent, so a conversation is greeted once.</summary>
    public DateTime? WelcomedAt { get; set; }
    /// <summary>Set when Teams answered 403 MessageWritesBlocked: the user blocked or removed the bot.</summary>
    public DateTime? BlockedAt { get; set; }
}
