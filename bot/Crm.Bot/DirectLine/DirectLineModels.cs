using System.Text.Json.Serialization;

namespace Crm.Bot.DirectLine;

/// <summary>DL <c>Conversation</c>: the answer to starting, reconnecting and token calls.</summary>
public sealed record ConversationResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("streamUrl"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? StreamUrl = null);

/// <summary>DL <c>TokenParameters</c> and the optional body of starting a conversation.</summary>
public sealed record TokenRequest(
    [property: JsonPropertyName("user")] TokenUser? User,
    [property: JsonPropertyName("locale")] string? Locale = null);

public sealed record TokenUser([property: JsonPropertyName("id")] string? Id, [property: JsonPropertyName("name")] string? Name);

/// <summary>DL <c>ResourceResponse</c>.</summary>
public sealed record ResourceResponse([property: JsonPropertyName("id")] string Id);
