using System.Net;

namespace Crm.Bot.Tests.Teams;

/// <summary>The 15-second rule (PROTOCOLS §1.3): the connector is acknowledged before a slow turn ends.</summary>
public sealed class SlowTurnTests : TeamsTestContext
{
    protected override (string Key, string? Value)[] Settings => [("Bot:AcknowledgeAfter", "00:00:00.300")];

    [Fact]
    public async Task SlowTurn_Post_IsAcknowledgedAtTheDeadlineAndAnsweredLater()
    {
        var response = await SendAsync(TeamsActivities.Personal(Sink.ServiceUrl, "slow question"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(Sink.Messages);
        var reply = Assert.Single(await Sink.WaitForMessagesAsync(1));
        Assert.Equal("echo: slow question", reply.Body!.Value.GetProperty("text").GetString());
    }
}
