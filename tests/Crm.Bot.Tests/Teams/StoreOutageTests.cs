using System.Net;
using Crm.Bot.Tests.Protocol;

namespace Crm.Bot.Tests.Teams;

/// <summary>When the store fails before a turn is recorded, the connector is told to retry, and the retry runs.</summary>
public sealed class StoreOutageTests : IAsyncLifetime
{
    private LocalIssuer issuer = null!;
    private ConnectorSink sink = null!;
    private BotApplication bot = null!;

    public async Task InitializeAsync()
    {
        issuer = await LocalIssuer.StartAsync();
        sink = await ConnectorSink.StartAsync();
        bot = BotApplication.Registered(issuer);
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await sink.DisposeAsync();
        await issuer.DisposeAsync();
    }

    [Fact]
    public async Task StoreWithoutSchema_Message_Is503AndTheRetryRunsOnceTheStoreIsBack()
    {
        var activity = TeamsActivities.Personal(sink.ServiceUrl, "remind me to call the buyer");
        var token = issuer.CreateToken(new TokenSpec(BotApplication.AppId, sink.ServiceUrl, BotApplication.Start.AddMinutes(-5), BotApplication.Start.AddMinutes(55)));

        var failed = await bot.PostAsync(activity, token);
        await bot.SeedAsync(BotApplication.Alex());
        var retried = await bot.PostAsync(activity, token);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal("task created", Assert.Single(await sink.WaitForMessagesAsync(1)).Body!.Value.GetProperty("text").GetString());
        Assert.Single(bot.Turns.Inputs);
    }
}
