using System.Text.Json;
using Crm.Data.Users;

namespace Crm.Skills.Conversation;

/// <summary>
/// One message from a person, with everything channel-specific already removed: who (a CRM user id,
/// already mapped from the channel's sender), where (a conversation id), when (the channel's arrival
/// time), and what (text, attachments, or the value of a card button they pressed).
/// Every channel — Teams, Direct Line, the terminal chat and replay — builds one of these.
/// </summary>
public sealed record TurnInput
{
    public required string UserId { get; init; }
    /// <summary>The speaker's user record, when the channel already read it this turn (saves reading it twice).</summary>
    public User? Speaker { get; init; }
    public required string ConversationId { get; init; }
    /// <summary>The channel's activity id; the audit log keeps it.</summary>
    public string? MessageId { get; init; }
    /// <summary>The text with channel markup (such as Teams mentions) already stripped.</summary>
    public string? Text { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }
    public MessageSource Source { get; init; } = MessageSource.Chat;
    public IReadOnlyList<TurnAttachment> Attachments { get; init; } = [];
    /// <summary>The data of a pressed card button (Action.Submit / Action.Execute), if this turn is one.</summary>
    public JsonElement? CardValue { get; init; }
    public ConversationKind Kind { get; init; } = ConversationKind.Personal;
}

/// <summary>A file sent with the message; transcripts arrive this way (text/vtt or text/plain).</summary>
public sealed record TurnAttachment(string ContentType, string? Name, string? Content);

public enum MessageSource { Chat, Voice }

public enum ConversationKind { Personal, Group, Channel }
