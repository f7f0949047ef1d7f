using System.Globalization;
using System.Net;

namespace Crm.Bot.Tests.DirectLine;

/// <summary>Starting, posting and reading a Direct Line conversation over HTTP through the real host.</summary>
public sealed class ConversationProtocolTests : IDisposable
{
    private readonly DirectLineApp app = DirectLineApp.Local();
    private readonly DirectLineClient client;

    public ConversationProtocolTests() => client = new DirectLineClient(app.CreateClient());

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task StartConversation_PageToken_CreatesOnceThenReturnsExisting()
    {
        var page = await client.PageTokenAsync("U-JORDAN");

        var (first, body) = await client.StartAsync((string)page["token"]!);
        var (second, again) = await client.StartAsync((string)page["token"]!);

        Assert.Equal(HttpStatusCode.Created, first);
        Assert.Equal(HttpStatusCode.OK, second);
        Assert.Equal((string)page["conversationId"]!, (string)body["conversationId"]!);
        Assert.Equal((string)body["conversationId"]!, (string)again["conversationId"]!);
        Assert.Equal(1800, (int)body["expires_in"]!);
        Assert.StartsWith($"ws://localhost/v3/directline/conversations/{body["conversationId"]}/stream?", (string)body["streamUrl"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostActivity_Message_EchoedWithClientActivityIdServerIdAndIncreasingTimestamps()
    {
        var (conversationId, token) = await client.StartAsAsync("U-JORDAN");

        var id = await client.PostAsync(conversationId, token, DirectLineClient.Message("show my pipeline", "client-1", fromId: "U-MAYA"));

        var echo = await client.WaitForAsync(conversationId, token, a => (string?)a["id"] == id);
        Assert.Matches($"^{conversationId}\\|\\d{{7}}$", id);
        Assert.Equal("client-1", (string)echo["channelData"]!["clientActivityID"]!);
        Assert.Equal("U-JORDAN", (string)echo["from"]!["id"]!); // the token's user wins over the body's
        Assert.Equal("show my pipeline", (string)echo["text"]!);
        var reply = await client.WaitForAsync(conversationId, token, a => (string?)a["replyToId"] == id);
        Assert.Equal("bot", (string)reply["from"]!["role"]!);
        var all = (await client.GetAsync(conversationId, token))["activities"]!.AsArray().Select(a => a!.AsObject()).ToList();
        var stamps = all.Select(a => DateTimeOffset.Parse((string)a["timestamp"]!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(stamps.Order(), stamps);
        Assert.Equal(stamps.Count, stamps.Distinct().Count());
        Assert.All(all, a => Assert.EndsWith("Z", (string)a["timestamp"]!, StringComparison.Ordinal));
        Assert.Equal(all.Select(a => (string)a["id"]!).Order(StringComparer.Ordinal), all.Select(a => (string)a["id"]!));
    }

    [Fact]
    public async Task GetActivities_Watermark_ReturnsOnlyLaterActivitiesAndNoTyping()
    {
        var (conversationId, token) = await client.StartAsAsync("U-JORDAN");
        var first = await client.PostAsync(conversationId, token, DirectLineClient.Message("help", "c-1"));
        await client.WaitForAsync(conversationId, token, a => (string?)a["replyToId"] == first);
        var watermark = (string)(await client.GetAsync(conversationId, token))["watermark"]!;

        var second = await client.PostAsync(conversationId, token, DirectLineClient.Message("show my pipeline", "c-2"));
        await client.WaitForAsync(conversationId, token, a => (string?)a["replyToId"] == second);
        var later = await client.GetAsync(conversationId, token, watermark);

        var ids = later["activities"]!.AsArray().Select(a => (string)a!["id"]!).ToList();
        Assert.Equal(second, ids[0]);
        Assert.DoesNotContain(first, ids);
        Assert.DoesNotContain(later["activities"]!.AsArray(), a => (string?)a!["type"] == "typing");
        Assert.True(long.Parse((string)later["watermark"]!, CultureInfo.InvariantCulture) > long.Parse(watermark, CultureInfo.InvariantCulture));
        var empty = await client.GetAsync(conversationId, token, (string)later["watermark"]!);
        Assert.Empty(empty["activities"]!.AsArray());
    }

    [Fact]
    public async Task PostActivity_UnknownConversationOrBadBody_RefusedWithDirectLineErrors()
    {
        var (conversationId, token) = await client.StartAsAsync("U-JORDAN");

        var (badJson, badBody) = await client.SendAsync(HttpMethod.Post, $"{DirectLineClient.Base}/conversations/{conversationId}/activities", token, "{not json");
        var (noType, _) = await client.SendAsync(HttpMethod.Post, $"{DirectLineClient.Base}/conversations/{conversationId}/activities", token, new { text = "hi" });

        Assert.Equal(HttpStatusCode.BadRequest, badJson);
        Assert.Equal("BadArgument", (string)badBody!["error"]!["code"]!);
        Assert.Equal(HttpStatusCode.BadRequest, noType);
        Assert.DoesNotContain((await client.GetAsync(conversationId, token))["activities"]!.AsArray(), a => (string?)a!["from"]!["role"] == "user");
        var (unknown, unknownBody) = await client.SendAsync(HttpMethod.Get, $"{DirectLineClient.Base}/conversations/{conversationId}x/activities", token);
        Assert.Equal(HttpStatusCode.Forbidden, unknown); // a token never reaches past its own conversation, known or not
        Assert.Equal("Forbidden", (string)unknownBody!["error"]!["code"]!);
    }
}
