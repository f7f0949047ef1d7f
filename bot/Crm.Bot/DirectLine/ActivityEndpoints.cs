using System.Text.Json;
using Crm.Bot.Protocol;

namespace Crm.Bot.DirectLine;

/// <summary>
/// <c>GET conversations/{id}/activities?watermark=</c> (the log after the watermark; typing is never
/// logged) and <c>POST conversations/{id}/activities</c> (one activity; answers <c>{id}</c> once the bot
/// took it; the activity itself comes back through GET and the stream).
/// </summary>
internal static class ActivityEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/conversations/{conversationId}/activities", Get);
        group.MapPost("/conversations/{conversationId}/activities", PostAsync);
    }

    private static IResult Get(HttpRequest request, string conversationId, string? watermark, DirectLineAuth auth, DirectLineConversations conversations)
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
        if (!ConversationEndpoints.TryReadWatermark(watermark, out var after))
        {
            return DirectLineJson.Error(400, "BadArgument", "The watermark is not one this endpoint issued.");
        }
        return DirectLineJson.ActivitySetResult(conversation.After(after ?? 0));
    }

    private static async Task<IResult> PostAsync(HttpRequest request, string conversationId, DirectLineAuth auth,
        DirectLineConversations conversations, DirectLineRelay relay)
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
        var (activity, bad) = await ReadAsync(request);
        if (activity is null)
        {
            return bad!;
        }
        if (caller.Token?.UserId is { } userId)
        {
            // A user chosen when the token was made wins over whatever the client says (DLJS does the same).
            activity.From = new ChannelAccount { Id = userId, Name = activity.From?.Name };
        }
        else if (activity.From?.Id is not { Length: > 0 } fromId || fromId.StartsWith("dl_", StringComparison.Ordinal))
        {
            return DirectLineJson.Error(400, "BadArgument", "from.id is required, and ids starting with dl_ must come from a token.");
        }
        var (logged, botFailed) = await relay.PostAsync(conversation, activity, DirectLineUrls.ServiceUrl(request));
        return botFailed
            ? DirectLineJson.Error(502, "BotRejectedActivity", "The bot could not process the activity.")
            : Results.Ok(new ResourceResponse(logged.Id!));
    }

    private static async Task<(Activity? Activity, IResult? Failure)> ReadAsync(HttpRequest request)
    {
        try
        {
            var activity = await JsonSerializer.DeserializeAsync<Activity>(request.Body, ActivityJson.Options, request.HttpContext.RequestAborted);
            return activity is { Type: { Length: > 0 } }
                ? (activity, null)
                : (null, DirectLineJson.Error(400, "BadArgument", "The activity needs a type."));
        }
        catch (JsonException)
        {
            return (null, DirectLineJson.Error(400, "BadArgument", "The body is not a valid activity."));
        }
    }
}
