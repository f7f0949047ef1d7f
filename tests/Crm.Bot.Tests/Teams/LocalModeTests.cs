using System.Net;
using Crm.Bot.Tests.Protocol;

namespace Crm.Bot.Tests.Teams;

/// <summary>Without an app id (chat, Web Chat, Emulator) the bot takes unauthenticated local activities.</summary>
public sealed class LocalModeTests : IAsyncLifetime
{
    private ConnectorSink sink = null!;
    private BotApplication bot = null!;

    public async Task InitializeAsync()
    {
        sink = await ConnectorSink.StartAsync();
        bot = BotApplication.Local();
        await bot.SeedAsync(BotApplication.Alex());
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await sink.DisposeAsync();
    }

    [Fact]
    public async Task LocalMode_AnonymousEmulatorMessage_RunsAndRepliesWithoutToken()
    {
        var activity = TeamsActivities.Personal(sink.ServiceUrl, "hello locally");
        activity.ChannelId = "emulator";
        activity.From = new() { Id = "U-T1", Name = "Avery" };

        var response = await bot.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await sink.WaitForMessagesAsync(1));
        Assert.Null(reply.Authorization);
        Assert.Equal("U-T1", Assert.Single(bot.Turns.Inputs).UserId);
    }

    [Fact]
    public async Task LocalMode_RequestWithToken_IsRejected()
    {
        var response = await bot.PostAsync(TeamsActivities.Personal(sink.ServiceUrl, "hello"), "some.jwt.token");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(bot.Turns.Inputs);
    }

    [Fact]
    public async Task LocalMode_CallerOnAnotherMachine_IsRefused()
    {
        await using var exposed = BotApplication.Local(System.Net.IPAddress.Parse("10.1.2.3"));
        await exposed.SeedAsync(BotApplication.Alex());

        var response = await exposed.PostAsync(TeamsActivities.Personal(sink.ServiceUrl, "hello"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(exposed.Turns.Inputs);
    }
}
