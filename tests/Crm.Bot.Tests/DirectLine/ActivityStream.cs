using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Crm.Bot.Tests.DirectLine;

/// <summary>Reads ActivitySet frames from a Direct Line WebSocket, as DLJS does: empty frames are keep-alives.</summary>
public sealed class ActivityStream(WebSocket socket) : IAsyncDisposable
{
    public List<JsonObject> Activities { get; } = [];
    public List<string?> Watermarks { get; } = [];
    public int KeepAlives { get; private set; }

    /// <summary>Reads frames until an activity matches; fails after 20 seconds.</summary>
    public async Task<JsonObject> WaitForAsync(Func<JsonObject, bool> match)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            if (Activities.FirstOrDefault(match) is { } found)
            {
                return found;
            }
            var text = await ReceiveAsync(timeout.Token);
            if (text.Length == 0)
            {
                KeepAlives++;
                continue;
            }
            var set = JsonNode.Parse(text)!.AsObject();
            Watermarks.Add((string?)set["watermark"]);
            Activities.AddRange(set["activities"]!.AsArray().Select(a => a!.AsObject()));
        }
    }

    public async Task WaitForKeepAliveAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var seen = KeepAlives;
        while (KeepAlives == seen)
        {
            await WaitForAsync(_ => KeepAlives > seen).WaitAsync(timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (socket.State == WebSocketState.Open)
        {
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }
        socket.Dispose();
    }

    private async Task<string> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                throw new InvalidOperationException("The server closed the stream.");
            }
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return Encoding.UTF8.GetString(message.ToArray());
    }
}
