namespace Crm.Bot.DirectLine;

/// <summary>
/// <c>POST tokens/generate</c> (secret only: a token for a new conversation, optionally with a user) and
/// <c>POST tokens/refresh</c> (a valid token: a fresh one for the same conversation and user).
/// </summary>
internal static class TokenEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/tokens/generate", GenerateAsync);
        group.MapPost("/tokens/refresh", Refresh);
    }

    private static async Task<IResult> GenerateAsync(HttpRequest request, DirectLineAuth auth, DirectLineTokens tokens)
    {
        var caller = auth.Authenticate(request);
        if (caller.Failure is { } failure)
        {
            return failure;
        }
        if (!caller.IsSecret)
        {
            return DirectLineJson.Error(403, "Forbidden", "Only the Direct Line secret can generate tokens.");
        }
        var body = await DirectLineBodies.ReadOptionalAsync<TokenRequest>(request);
        if (body.Failure is { } bad)
        {
            return bad;
        }
        var conversationId = DirectLineConversations.NewId();
        var userId = body.Value?.User?.Id is { Length: > 0 } id ? id : null;
        return Results.Ok(new ConversationResponse(conversationId, tokens.Issue(conversationId, userId), (int)tokens.Lifetime.TotalSeconds));
    }

    private static IResult Refresh(HttpRequest request, DirectLineAuth auth, DirectLineTokens tokens)
    {
        var caller = auth.Authenticate(request);
        if (caller.Failure is { } failure)
        {
            return failure;
        }
        if (caller.Token is not { } claims)
        {
            return DirectLineJson.Error(403, "Forbidden", "Only a token can be refreshed.");
        }
        return Results.Ok(new ConversationResponse(claims.ConversationId, tokens.Issue(claims.ConversationId, claims.UserId), (int)tokens.Lifetime.TotalSeconds));
    }
}
