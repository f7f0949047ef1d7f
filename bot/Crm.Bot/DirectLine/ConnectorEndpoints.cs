using System.Net;
using System.Text.Json;
using Crm.Bot.Protocol;

namespace Crm.Bot.DirectLine;

/// <summary>
/// The Connector side of the local channel (PROTOCOLS §3.3): activities the bot sends later, outside a turn
/// (proactive messages), arrive at <c>{serviceUrl}v3/conversations/{id}/activities[/{replyToId}]</c> as they
/// would at Azure, and go into the Direct Line conversation's log and streams. Loopback callers only: the
/// bot is the only one that calls here. Direct Line cannot replace a message, so an update arrives as a new one.
/// </summary>
internal static class ConnectorEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v3/conversations/{conversationId}/activities").DisableAntiforgery();
        group.MapPost("", SendAsync);
        group.MapPost("/{activityId}", SendAsync);
        group.MapPut("/{activityId}", SendAsync);
    }

    private static async Task<IResult> SendAsync(HttpContext http, string conversationId, DirectLineConversations conversations, TimeProvider time)
    {
        if (http.Connection.RemoteIpAddress is { } remote && !IPAddress.IsLoopback(remote))
        {
            return DirectLineJson.Error(403, "Forbidden", "Only the bot on this machine sends here.");
        }
        if (conversations.Find(conversationId) is not { } conversation)
        {
            return DirectLineJson.Error(404, "ConversationNotFound", "Unknown Direct Line conversation.");
        }
        Activity? activity;
        try
        {
            activity = await JsonSerializer.DeserializeAsync<Activity>(http.Request.Body, ActivityJson.Options, http.RequestAborted);
        }
        catch (JsonException)
        {
            activity = null;
        }
        if (activity is not { Type.Length: > 0 })
        {
            return DirectLineJson.Error(400, "BadArgument", "The body is not a valid activity.");
        }
        var id = await new DirectLineSender(conversation, time).SendAsync(activity, http.RequestAborted);
        return Results.Ok(new ResourceResponse(id!));
    }
}
