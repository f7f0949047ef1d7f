using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Crm.Bot.Protocol;
using Crm.Data.Channels;
using Microsoft.EntityFrameworkCore;

namespace Crm.Bot.Tests.Teams;

/// <summary>PROTOCOLS §1.3, §1.4 and §7.4–7.5: what /api/messages answers to odd, broken and unknown input.</summary>
public sealed class MessagesEndpointTests : TeamsTestContext
{
    protected override (string Key, string? Value)[] Settings => [("Bot:MaxRequestBytes", "8192")];

    private async Task AssertNothingHappenedAsync()
    {
        await Task.Delay(200);
        Assert.Empty(Bot.Turns.Inputs);
        Assert.Empty(Sink.Messages);
        Assert.Equal(0, await Bot.QueryAsync(db => db.Set<ProcessedActivity>().CountAsync()));
    }

    [Theory]
    [InlineData("{\"type\":\"message\",", "BadSyntax")]
    [InlineData("[1,2,3]", "BadSyntax")]
    [InlineData("{\"channelId\":\"msteams\",\"text\":\"no type\"}", "MissingProperty")]
    [InlineData("{\"type\":\"message\",\"channelId\":\"msteams\",\"text\":\"no conversation\"}", "MissingProperty")]
    public async Task MalformedBody_Post_Is400WithCodeAndRunsNothing(string body, string code)
    {
        var response = await Bot.PostRawAsync(body.Replace("SERVICE", Sink.ServiceUrl, StringComparison.Ordinal), Token());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error");
        Assert.Equal(code, error.GetProperty("code").GetString());
        await AssertNothingHappenedAsync();
    }

    [Fact]
    public async Task OversizedBody_Post_Is413AndRunsNothing()
    {
        var response = await SendAsync(TeamsActivities.Personal(Sink.ServiceUrl, new string('x', 10_000)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertNothingHappenedAsync();
    }

    [Fact]
    public async Task OversizedBody_WithoutContentLength_Is413AndRunsNothing()
    {
        var response = await PostWithoutLengthAsync(TeamsActivities.Personal(Sink.ServiceUrl, new string('x', 10_000)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertNothingHappenedAsync();
    }

    [Fact]
    public async Task Activity_WithoutContentLength_IsRun()
    {
        var response = await PostWithoutLengthAsync(TeamsActivities.Personal(Sink.ServiceUrl, "remind me to call back"));

        Assert.True(response.IsSuccessStatusCode, $"status {response.StatusCode}");
        Assert.Equal("remind me to call back", Assert.Single(Bot.Turns.Inputs).Text);
    }

    /// <summary>Streams the body chunked, as a sender that does not know its length does: the reader cannot size its buffer up front.</summary>
    private async Task<HttpResponseMessage> PostWithoutLengthAsync(Activity activity)
    {
        var body = new UnsizedJsonContent(ActivityJson.Serialize(activity));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = body };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token());
        Assert.Null(request.Content.Headers.ContentLength);
        return await Bot.CreateClient().SendAsync(request);
    }

    /// <summary>JSON content that reports no length.</summary>
    private sealed class UnsizedJsonContent : HttpContent
    {
        private readonly byte[] _json;

        public UnsizedJsonContent(string json)
        {
            _json = Encoding.UTF8.GetBytes(json);
            Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            stream.WriteAsync(_json).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    [Fact]
    public async Task GetRequest_Messages_Is405()
    {
        var response = await Bot.CreateClient().GetAsync("/api/messages");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("somethingInvented")]
    [InlineData(ActivityTypes.Event)]
    [InlineData(ActivityTypes.MessageReaction)]
    [InlineData(ActivityTypes.Typing)]
    [InlineData(ActivityTypes.MessageUpdate)]
    [InlineData(ActivityTypes.EndOfConversation)]
    public async Task IgnoredActivityType_Post_Is200AndRunsNothing(string type)
    {
        var activity = TeamsActivities.Personal(Sink.ServiceUrl, "text the bot must not act on");
        activity.Type = type;
        activity.Name = "some/unknownEvent";
        activity.ReactionsAdded = [JsonSerializer.SerializeToElement(new { type = "like" })];

        var response = await SendAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Empty(Bot.Turns.Inputs);
        Assert.Empty(Sink.Messages);
    }

    [Fact]
    public async Task UnknownFieldsAndEntities_Message_AreIgnoredAndTheTurnRuns()
    {
        var activity = TeamsActivities.Personal(Sink.ServiceUrl, "hello with extras");
        activity.Entities =
        [
            JsonSerializer.SerializeToElement(new { type = "ClientCapabilities", requiresBotState = true, supportsListening = true, supportsTts = true }),
            JsonSerializer.SerializeToElement(new { type = "https://example.test/unknownEntity", anything = new[] { 1, 2 } }),
        ];
        activity.Extra = new() { ["futureField"] = JsonSerializer.SerializeToElement(new { nested = true }) };

        var response = await SendAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("echo: hello with extras", (await Sink.WaitForMessagesAsync(1))[0].Body!.Value.GetProperty("text").GetString());
    }

    [Fact]
    public async Task UnknownInvokeName_Post_Is501()
    {
        var invoke = TeamsActivities.Base(Sink.ServiceUrl, ActivityTypes.Invoke, "personal", "a:1personal-aad-avery", "aad-avery", "en-US");
        invoke.Name = "composeExtension/query";

        var response = await SendAsync(invoke);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Empty(Bot.Turns.Inputs);
    }

    [Theory]
    [InlineData(null, "BadRequest")]
    [InlineData("{\"trigger\":\"manual\"}", "BadRequest")]
    [InlineData("{\"action\":{\"type\":\"Action.Submit\",\"data\":{\"choice\":\"x\"}}}", "NotSupported")]
    public async Task AdaptiveCardActionInvoke_BadValue_Is400WithErrorBody(string? value, string code)
    {
        var invoke = TeamsActivities.Base(Sink.ServiceUrl, ActivityTypes.Invoke, "personal", "a:1personal-aad-avery", "aad-avery", "en-US");
        invoke.Name = "adaptiveCard/action";
        invoke.Value = value is null ? null : JsonDocument.Parse(value).RootElement;

        var response = await SendAsync(invoke);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(400, body.GetProperty("statusCode").GetInt32());
        Assert.Equal(ContentTypes.Error, body.GetProperty("type").GetString());
        Assert.Equal(code, body.GetProperty("value").GetProperty("code").GetString());
        Assert.Empty(Bot.Turns.Inputs);
    }

    [Fact]
    public async Task ExpectRepliesDelivery_Post_IsRejected()
    {
        var activity = TeamsActivities.Personal(Sink.ServiceUrl, "hi");
        activity.DeliveryMode = "expectReplies";

        var response = await SendAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertNothingHappenedAsync();
    }
}
