using System.Net;

namespace Crm.Bot.Tests.DirectLine;

/// <summary>Proactive sends through the Connector shape land in the Direct Line conversation.</summary>
public sealed class ConnectorEndpointTests : IDisposable
{
    private readonly DirectLineApp app = DirectLineApp.Local();
    private readonly DirectLineClient client;

    public ConnectorEndpointTests() => client = new DirectLineClient(app.CreateClient());

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task ConnectorSend_KnownConversation_LoggedWithIdForTheClient()
    {
        var (conversationId, token) = await client.StartAsAsync("U-JORDAN");

        var (status, body) = await client.SendAsync(HttpMethod.Post, $"/v3/conversations/{conversationId}/activities", null,
            new { type = "message", text = "A reminder arrived", from = new { id = "crm-bot" } });
        var (unknown, _) = await client.SendAsync(HttpMethod.Post, "/v3/conversations/nope/activities", null, new { type = "message", text = "x" });

        Assert.Equal(HttpStatusCode.OK, status);
        var id = (string)body!["id"]!;
        var logged = await client.WaitForAsync(conversationId, token, a => (string?)a["id"] == id);
        Assert.Equal("A reminder arrived", (string)logged["text"]!);
        Assert.Equal("bot", (string)logged["from"]!["role"]!);
        Assert.Equal(HttpStatusCode.NotFound, unknown);
    }
}
