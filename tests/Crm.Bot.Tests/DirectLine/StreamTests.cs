using System.Net;
using Microsoft.AspNetCore.TestHost;

namespace Crm.Bot.Tests.DirectLine;

/// <summary>The WebSocket stream: replay on connect, echo and replies pushed live, reconnect after a watermark.</summary>
public sealed class StreamTests : IDisposable
{
    private readonly DirectLineApp app = DirectLineApp.Local(("DirectLine:KeepAliveInterval", "00:00:00.300"));
    private readonly DirectLineClient client;

    public StreamTests() => client = new DirectLineClient(app.CreateClient());

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Stream_AfterStart_ReplaysGreetingThenPushesEchoReplyAndKeepAlives()
    {
        var page = await client.PageTokenAsync("U-JORDAN");
        var (_, started) = await client.StartAsync((string)page["token"]!);
        var conversationId = (string)started["conversationId"]!;
        var token = (string)started["token"]!;
        await client.WaitForAsync(conversationId, token, a => (string?)a["from"]!["role"] == "bot");

        await using var stream = await ConnectAsync((string)started["streamUrl"]!);
        var greeting = await stream.WaitForAsync(a => (string?)a["from"]!["role"] == "bot");
        var id = await client.PostAsync(conversationId, token, DirectLineClient.Message("show my pipeline", "s-1"));
        var echo = await stream.WaitForAsync(a => (string?)a["id"] == id);
        var reply = await stream.WaitForAsync(a => (string?)a["replyToId"] == id && (string?)a["type"] == "message");
        await stream.WaitForKeepAliveAsync();

        Assert.EndsWith("|0000001", (string)greeting["id"]!, StringComparison.Ordinal);
        Assert.Equal("s-1", (string)echo["channelData"]!["clientActivityID"]!);
        Assert.NotNull(reply["attachments"]);
        Assert.Contains(stream.Watermarks, w => w == id.Split('|')[1].TrimStart('0'));
    }

    [Fact]
    public async Task Reconnect_Watermark_NewStreamReplaysOnlyLaterActivities()
    {
        var (conversationId, token) = await client.StartAsAsync("U-JORDAN");
        var first = await client.PostAsync(conversationId, token, DirectLineClient.Message("help", "r-1"));
        await client.WaitForAsync(conversationId, token, a => (string?)a["replyToId"] == first);
        var watermark = (string)(await client.GetAsync(conversationId, token))["watermark"]!;
        var second = await client.PostAsync(conversationId, token, DirectLineClient.Message("show my pipeline", "r-2"));
        await client.WaitForAsync(conversationId, token, a => (string?)a["replyToId"] == second);

        var (status, reconnect) = await client.SendAsync(HttpMethod.Get, $"{DirectLineClient.Base}/conversations/{conversationId}?watermark={watermark}", token);
        await using var stream = await ConnectAsync((string)reconnect!["streamUrl"]!);
        await stream.WaitForAsync(a => (string?)a["replyToId"] == second);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(second, (string)stream.Activities[0]["id"]!);
        Assert.DoesNotContain(stream.Activities, a => (string?)a["id"] == first);
    }

    [Fact]
    public async Task Stream_TokenOfAnotherConversation_Refused()
    {
        var (_, tokenA) = await client.StartAsAsync("U-JORDAN");
        var (b, _) = await client.StartAsAsync("U-MAYA");

        var refused = await Assert.ThrowsAnyAsync<Exception>(() =>
            ConnectAsync($"ws://localhost/v3/directline/conversations/{b}/stream?t={Uri.EscapeDataString(tokenA)}"));

        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
    }

    private async Task<ActivityStream> ConnectAsync(string streamUrl)
    {
        var socket = await app.Server.CreateWebSocketClient().ConnectAsync(new Uri(streamUrl), CancellationToken.None);
        return new ActivityStream(socket);
    }
}
