namespace Crm.Data.Audit;

/// <summary>
/// Writes a user asked to confirm before they are applied ("confirm before writing" is on):
/// the field changes the message would make, kept as data until Apply or Cancel.
/// This is conversation state, not CRM data, so it is not itself audited.
/// </summary>
public sealed class PendingChange
{
    public required string Id { get; set; }
    public required string UserId { get; set; }
    public string? ConversationId { get; set; }
    public string? MessageId { get; set; }
    public string? Text { get; set; }
    public DateTime CreatedAt { get; set; }
    /// <summary>JSON array of the field changes, in the order they were made.</summary>
    public required string ChangesJson { get; set; }
}
