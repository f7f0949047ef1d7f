namespace Crm.Data.Channels;

/// <summary>
/// An inbound activity the bot has already taken on. The Bot Connector retries deliveries it thinks
/// failed; a retried activity id is acknowledged without running the turn again, so nothing is written twice.
/// </summary>
public sealed class ProcessedActivity
{
    /// <summary>SHA-256 (hex) of channel id, conversation id and activity id: long Teams ids stay out of the key.</summary>
    public required string Key { get; set; }
    public required string ChannelId { get; set; }
    public required string ConversationId { get; set; }
    public required string ActivityId { get; set; }
    public DateTime ProcessedAt { get; set; }
}
