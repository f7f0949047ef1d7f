using System.Net.WebSockets;
using System.Text;
using Microsoft.Extensions.Options;

namespace Crm.Bot.DirectLine;

/// <summary>
/// <c>GET conversations/{id}/stream?t=&amp;watermark=</c>: the WebSocket Web Chat reads (PROTOCOLS §3.2).
/// The upgrade is authorised by the <c>t</c> token; the server first replays what follows the watermark,
/// then sends each new ActivitySet as a text frame, and an empty frame as keep-alive. What the client
/// sends (DLJS sends empty frames) is read and ignored.
/// </summary>
internal static class StreamEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/conversations/{conversationId}/stream", StreamAsync);

    private static async Task<IResult> StreamAsync(HttpContext http, string conversationId, string? t, string? watermark,
        DirectLineAuth auth, DirectLineConversations conversations, IOptions<DirectLineOptions> options, TimeProvider time)
    {
        var caller = auth.Authenticate(t);
        if (caller.Failure is { } failure)
        {
            return failure;
        }
        if (!caller.MayUse(conversationId))
        {
            return DirectLineJson.Error(403, "Forbidden", "The token is for another conversation.");
        }
        if (conversations.Find(conversationId) is not { } conversation)
        {
            return DirectLineJson.Error(404, "BadArgument", "Unknown conversation.");
        }
        if (!http.WebSockets.IsWebSocketRequest)
        {
            return DirectLineJson.Error(400, "BadArgument", "This URL takes a WebSocket.");
        }
        if (!ConversationEndpoints.TryReadWatermark(watermark, out var after))
        {
            return DirectLineJson.Error(400, "BadArgument", "The watermark is not one this endpoint issued.");
        }
        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        var frames = conversation.Subscribe(after, time.GetUtcNow());
        using var done = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        try
        {
            var reading = DrainAsync(socket, done.Token);
            var writing = WriteAsync(socket, frames, options.Value.KeepAliveInterval, done.Token);
            await Task.WhenAny(reading, writing);
            await done.CancelAsync();
            await Task.WhenAll(reading, writing).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
        finally
        {
            conversation.Unsubscribe(frames);
        }
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            using var closing = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, closing.Token)
                .ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
        return Results.Empty;
    }

    private static async Task WriteAsync(WebSocket socket, System.Threading.Channels.ChannelReader<ActivityFrame> frames, TimeSpan keepAlive,
        CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(keepAlive);
            bool more;
            try
            {
                more = await frames.WaitToReadAsync(wait.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, true, cancellationToken);
                continue;
            }
            if (!more)
            {
                return; // The conversation was forgotten.
            }
            while (frames.TryRead(out var frame))
            {
                var bytes = Encoding.UTF8.GetBytes(DirectLineJson.ActivitySet(frame));
                await socket.SendAsync(bytes, WebSocketMessageType.Text, true, cancellationToken);
            }
        }
    }

    private static async Task DrainAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[4096];
        while (socket.State == WebSocketState.Open)
        {
            var received = await socket.ReceiveAsync(buffer, cancellationToken);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return;
            }
        }
    }
}
