using System.Net;

namespace Crm.Bot.Tests.DirectLine;

/// <summary>Tokens: signed, scoped to one conversation, refreshable until they expire.</summary>
public sealed class TokenTests : IDisposable
{
    private const string Secret = "local-test-secret";
    private readonly DirectLineApp app = DirectLineApp.Local(("DirectLine:Secret", Secret));
    private readonly DirectLineClient client;

    public TokenTests() => client = new DirectLineClient(app.CreateClient());

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Token_ForConversationA_RefusedOnConversationB()
    {
        var (a, tokenA) = await client.StartAsAsync("U-JORDAN");
        var (b, _) = await client.StartAsAsync("U-MAYA");
        var path = $"{DirectLineClient.Base}/conversations/{b}";

        var get = await client.SendAsync(HttpMethod.Get, $"{path}/activities", tokenA);
        var post = await client.SendAsync(HttpMethod.Post, $"{path}/activities", tokenA, DirectLineClient.Message("hello", "x"));
        var reconnect = await client.SendAsync(HttpMethod.Get, path, tokenA);
        var own = await client.SendAsync(HttpMethod.Get, $"{DirectLineClient.Base}/conversations/{a}/activities", tokenA);

        Assert.Equal(HttpStatusCode.Forbidden, get.Status);
        Assert.Equal(HttpStatusCode.Forbidden, post.Status);
        Assert.Equal(HttpStatusCode.Forbidden, reconnect.Status);
        Assert.Equal(HttpStatusCode.OK, own.Status);
    }

    [Fact]
    public async Task Requests_MissingOrForgedAuth_Return401Or403()
    {
        var (conversationId, token) = await client.StartAsAsync("U-JORDAN");
        var path = $"{DirectLineClient.Base}/conversations/{conversationId}/activities";
        var forged = token[..^4] + (token[^4..] == "AAAA" ? "BBBB" : "AAAA");

        var missing = await client.SendAsync(HttpMethod.Get, path, null);
        var bad = await client.SendAsync(HttpMethod.Get, path, forged);

        Assert.Equal(HttpStatusCode.Unauthorized, missing.Status);
        Assert.Equal(HttpStatusCode.Forbidden, bad.Status);
        Assert.Equal("BadToken", (string)bad.Body!["error"]!["code"]!);
    }

    [Fact]
    public async Task Refresh_ValidToken_SameConversationAndUser_ExpiredTokenRefused()
    {
        var (conversationId, token) = await client.StartAsAsync("U-JORDAN");

        var refreshed = await client.SendAsync(HttpMethod.Post, $"{DirectLineClient.Base}/tokens/refresh", token);
        Assert.Equal(HttpStatusCode.OK, refreshed.Status);
        Assert.Equal(conversationId, (string)refreshed.Body!["conversationId"]!);
        var fresh = (string)refreshed.Body["token"]!;
        var id = await client.PostAsync(conversationId, fresh, DirectLineClient.Message("help", "r-1", fromId: "U-MAYA"));
        var echo = await client.WaitForAsync(conversationId, fresh, a => (string?)a["id"] == id);
        Assert.Equal("U-JORDAN", (string)echo["from"]!["id"]!);

        app.Clock.Offset = TimeSpan.FromMinutes(31);
        var expired = await client.SendAsync(HttpMethod.Post, $"{DirectLineClient.Base}/tokens/refresh", fresh);
        var read = await client.SendAsync(HttpMethod.Get, $"{DirectLineClient.Base}/conversations/{conversationId}/activities", fresh);
        Assert.Equal(HttpStatusCode.Forbidden, expired.Status);
        Assert.Equal("TokenExpired", (string)expired.Body!["error"]!["code"]!);
        Assert.Equal(HttpStatusCode.Forbidden, read.Status);
    }

    [Fact]
    public async Task Generate_SecretOnly_TokenNamesNewConversationAndUser()
    {
        var generated = await client.SendAsync(HttpMethod.Post, $"{DirectLineClient.Base}/tokens/generate", Secret, new { user = new { id = "U-OWEN" } });
        var (_, ownToken) = await client.StartAsAsync("U-JORDAN");
        var withToken = await client.SendAsync(HttpMethod.Post, $"{DirectLineClient.Base}/tokens/generate", ownToken);

        Assert.Equal(HttpStatusCode.OK, generated.Status);
        Assert.Equal(HttpStatusCode.Forbidden, withToken.Status);
        var token = (string)generated.Body!["token"]!;
        var (status, started) = await client.StartAsync(token);
        Assert.Equal(HttpStatusCode.Created, status);
        var conversationId = (string)started["conversationId"]!;
        Assert.Equal((string)generated.Body["conversationId"]!, conversationId);
        var id = await client.PostAsync(conversationId, token, DirectLineClient.Message("help", "g-1"));
        var echo = await client.WaitForAsync(conversationId, token, a => (string?)a["id"] == id);
        Assert.Equal("U-OWEN", (string)echo["from"]!["id"]!);
    }

    [Fact]
    public async Task Secret_StartsConversationAndReadsAny_ClientDlUserIdRefused()
    {
        var (status, started) = await client.StartAsync(Secret);
        var conversationId = (string)started["conversationId"]!;
        var (other, _) = await client.StartAsAsync("U-JORDAN");

        var dl = await client.SendAsync(HttpMethod.Post, $"{DirectLineClient.Base}/conversations/{conversationId}/activities", Secret, DirectLineClient.Message("hi", "d-1", fromId: "dl_guess"));
        var readOther = await client.SendAsync(HttpMethod.Get, $"{DirectLineClient.Base}/conversations/{other}/activities", Secret);

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(HttpStatusCode.BadRequest, dl.Status);
        Assert.Equal(HttpStatusCode.OK, readOther.Status);
    }
}
