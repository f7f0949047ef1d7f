namespace Crm.Data.Conversations;

/// <summary>
/// What the bot remembers about one person in one conversation between messages (an open question,
/// what the last message wrote), as JSON the understanding engine owns. Keyed by conversation and
/// user so it never leaks between conversations, nor between people in one channel.
/// </summary>
public sealed class ConversationStateEntry
{
    public required string ConversationId { get; set; }
    public required string UserId { get; set; }
    public required string Json { get; set; }
    public DateTime UpdatedAt { get; set; }
}
