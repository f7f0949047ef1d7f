using System.Globalization;

namespace Crm.Bot.DirectLine;

/// <summary>
/// <c>POST conversations</c> starts the token's conversation (201; 200 if it already was) or, with the
/// secret, a new one; <c>GET conversations/{id}?watermark=</c> hands a reconnecting client a new stream URL.
/// </summary>
internal static class ConversationEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/conversations", StartAsync);
        group.MapGet("/conversations/{conversationId}", Reconnect);
    }

    private static async Task<IResult> StartAsync(HttpRequest request, DirectLineAuth auth, DirectLineTokens tokens,
        DirectLineConversations conversations, DirectLineRelay relay)
    {
        var caller = auth.Authenticate(request);
        if (caller.Failure is { } failure)
        {
            return failure;
        }
        var body = await DirectLineBodies.ReadOptionalAsync<TokenRequest>(request);
        if (body.Failure is { } bad)
        {
            return bad;
        }
        var id = caller.Token?.ConversationId ?? DirectLineConversations.NewId();
        var userId = caller.Token?.UserId ?? (body.Value?.User?.Id is { Length: > 0 } u ? u : null);
        var token = tokens.Issue(id, userId);
        var (conversation, created) = conversations.GetOrStart(id, userId);
        if (created)
        {
            relay.Announce(conversation, userId, body.Value?.Locale, DirectLineUrls.ServiceUrl(request));
        }
        // A new conversation's first stream replays from the start: the greeting may already be there.
        var response = new ConversationResponse(id, token, (int)tokens.Lifetime.TotalSeconds, DirectLineUrls.Stream(request, id, token, 0));
        return created ? Results.Json(response, statusCode: 201) : Results.Ok(response);
    }

    private static IResult Reconnect(HttpRequest request, string conversationId, string? watermark, DirectLineAuth auth,
        DirectLineTokens tokens, DirectLineConversations conversations)
    {
        var caller = auth.AuthenticateFor(request, conversationId);
        if (caller.Failure is { } failure)
        {
            return failure;
        }
        if (conversations.Find(conversationId) is not { } conversation)
        {
            return DirectLineJson.Error(404, "BadArgument", "Unknown conversation.");
        }
        if (!TryReadWatermark(watermark, out var after))
        {
            return DirectLineJson.Error(400, "BadArgument", "The watermark is not one this endpoint issued.");
        }
        var token = tokens.Issue(conversationId, caller.Token?.UserId ?? conversation.UserId);
        var from = after ?? conversation.Watermark;
        return Results.Ok(new ConversationResponse(conversationId, token, (int)tokens.Lifetime.TotalSeconds, DirectLineUrls.Stream(request, conversationId, token, from)));
    }

    /// <summary>Watermarks are sequence numbers; missing or empty means "none".</summary>
    public static bool TryReadWatermark(string? text, out long? watermark)
    {
        watermark = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            watermark = value;
            return true;
        }
        return false;
    }
}
