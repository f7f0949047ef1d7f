using Stopwatch = System.Diagnostics.Stopwatch;
using System.Net;
using Crm.Bot.Protocol;
using Crm.Bot.Protocol.Connector;
using Crm.Bot.Tests.Teams;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Bot.Tests.Protocol;

/// <summary>PROTOCOLS §7.3: the bot's token request, its cache, URL escaping and the retry rules.</summary>
public sealed class ConnectorClientTests : IAsyncLifetime
{
    private LocalIssuer issuer = null!;
    private ConnectorSink sink = null!;

    public async Task InitializeAsync()
    {
        issuer = await LocalIssuer.StartAsync();
        sink = await ConnectorSink.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await sink.DisposeAsync();
        await issuer.DisposeAsync();
    }

    private ServiceProvider Services(params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Bot:MicrosoftAppId"] = BotApplication.AppId,
            ["Bot:MicrosoftAppPassword"] = "s3cret&value",
            ["Bot:TokenEndpoint"] = issuer.TokenEndpoint,
            ["Bot:MaxSendRetries"] = "2",
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddLogging()
            .AddSingleton<TimeProvider>(new TestClock(BotApplication.Start));
        services.AddBotProtocol();
        var provider = services.BuildServiceProvider();
        provider.GetRequiredService<TrustedServiceUrls>().Trust(sink.ServiceUrl);
        return provider;
    }

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };

    [Fact]
    public async Task MultiTenantBot_FirstSend_RequestsClientCredentialsFromBotFrameworkTenant()
    {
        await using var services = Services();

        await services.GetRequiredService<ConnectorClient>().SendToConversationAsync(sink.ServiceUrl, "a:conv", Message("hi"), default);

        var (path, form) = Assert.Single(issuer.TokenRequests);
        Assert.Equal("/botframework.com/oauth2/v2.0/token", path);
        Assert.Equal(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = BotApplication.AppId,
            ["client_secret"] = "s3cret&value",
            ["scope"] = "https://api.botframework.com/.default",
        }, form);
    }

    [Fact]
    public async Task SingleTenantBot_FirstSend_RequestsTokenFromItsOwnTenant()
    {
        await using var services = Services(("Bot:MicrosoftAppType", "SingleTenant"), ("Bot:TenantId", "tenant-42"));

        await services.GetRequiredService<ConnectorClient>().SendToConversationAsync(sink.ServiceUrl, "a:conv", Message("hi"), default);

        Assert.Equal("/tenant-42/oauth2/v2.0/token", Assert.Single(issuer.TokenRequests).Path);
    }

    [Fact]
    public async Task Token_SeveralSends_IsRequestedOnceAndSentAsBearer()
    {
        await using var services = Services();
        var client = services.GetRequiredService<ConnectorClient>();

        await client.SendToConversationAsync(sink.ServiceUrl, "a:conv", Message("one"), default);
        await client.SendToConversationAsync(sink.ServiceUrl, "a:conv", Message("two"), default);

        Assert.Single(issuer.TokenRequests);
        Assert.All(sink.Requests, r => Assert.Equal("Bearer bot-token-1", r.Authorization));
    }

    [Fact]
    public async Task Reply_ChannelThreadId_IsEscapedInThePath()
    {
        await using var services = Services();

        var id = await services.GetRequiredService<ConnectorClient>().ReplyToActivityAsync(sink.ServiceUrl, TeamsActivities.ChannelThread, "1731950000001", Message("hi"), default);

        Assert.Equal("sent-1", id);
        Assert.Equal("/teams/v3/conversations/19%3Ageneral-thread%40thread.tacv2%3Bmessageid%3D1731950000000/activities/1731950000001", Assert.Single(sink.Requests).RawTarget);
    }

    [Fact]
    public async Task Throttled_WithRetryAfter_IsRetriedAfterTheWait()
    {
        await using var services = Services();
        sink.ScriptedFailures.Enqueue((429, "1", "Throttled"));
        var watch = Stopwatch.StartNew();

        var id = await services.GetRequiredService<ConnectorClient>().SendToConversationAsync(sink.ServiceUrl, "a:conv", Message("hi"), default);

        Assert.Equal("sent-1", id);
        Assert.Equal(2, sink.Requests.Count);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(900), $"retried after {watch.Elapsed}");
    }

    [Theory]
    [InlineData(403, "MessageWritesBlocked")]
    [InlineData(413, "MessageSizeTooBig")]
    [InlineData(400, "BadArgument")]
    public async Task PermanentFailure_Send_IsNotRetried(int status, string code)
    {
        await using var services = Services();
        sink.ScriptedFailures.Enqueue((status, null, code));

        var failure = await Assert.ThrowsAsync<ConnectorException>(() =>
            services.GetRequiredService<ConnectorClient>().SendToConversationAsync(sink.ServiceUrl, "a:conv", Message("hi"), default));

        Assert.Equal((HttpStatusCode)status, failure.Status);
        Assert.Equal(code, failure.Code);
        Assert.Single(sink.Requests);
    }

    [Fact]
    public async Task UntrustedServiceUrl_Send_IsRefusedWithoutContactingIt()
    {
        await using var services = Services();
        var stranger = $"{sink.BaseUrl}/elsewhere/";

        await Assert.ThrowsAsync<ConnectorException>(() =>
            services.GetRequiredService<ConnectorClient>().SendToConversationAsync(stranger, "a:conv", Message("hi"), default));

        Assert.Empty(sink.Requests);
        Assert.Empty(issuer.TokenRequests);
    }

    [Fact]
    public async Task Update_SentCard_IsPutToTheActivity()
    {
        await using var services = Services();

        await services.GetRequiredService<ConnectorClient>().UpdateActivityAsync(sink.ServiceUrl, "a:conv", "msg-7", Message("undone"), default);

        var request = Assert.Single(sink.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal("/teams/v3/conversations/a%3Aconv/activities/msg-7", request.RawTarget);
    }
}
