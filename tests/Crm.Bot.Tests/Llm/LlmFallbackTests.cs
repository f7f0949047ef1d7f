using Crm.Data.Activities;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.Bot.Tests.Llm;

/// <summary>When the model fails, the embedded engine answers; the user sees a normal reply and the log says why.</summary>
public sealed class LlmFallbackTests : IAsyncLifetime
{
    /// <summary>A request the embedded engine understands on its own.</summary>
    private const string PlainRequest = "log a call with Orla Finch at Bramblewood Foods: she asked about pallet sensor pricing";

    private ScriptedModelServer server = null!;

    public async Task InitializeAsync() => server = await ScriptedModelServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task SlowModel_PastTheTimeout_FallsBackToTheEmbeddedEngine()
    {
        server.Then(ModelReply.Slow(TimeSpan.FromSeconds(8)));
        await using var bot = await LlmBot.StartAsync(server, "llm", ("Llm:TimeoutSeconds", "1"));

        var reply = await bot.SendAsync(PlainRequest);

        await AssertEmbeddedLoggedTheCallAsync(bot, reply);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(503)]
    public async Task ModelError_AfterTheSdkRetries_FallsBackToTheEmbeddedEngine(int status)
    {
        server.Then(ModelReply.Status(status));
        await using var bot = await LlmBot.StartAsync(server);

        var reply = await bot.SendAsync(PlainRequest);

        await AssertEmbeddedLoggedTheCallAsync(bot, reply);
        Assert.Single(server.Requests);
        Assert.Contains(bot.Logs.Lines, l => l.Level == LogLevel.Warning && l.Text.Contains(status.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    [Fact]
    public async Task ModelThatNeverStopsCallingTools_FallsBackAfterTheStepLimit()
    {
        for (var i = 0; i < 8; i++)
            server.Then(ModelReply.Calls(("find", """{"query":"Bramblewood"}""")));
        await using var bot = await LlmBot.StartAsync(server);

        var reply = await bot.SendAsync(PlainRequest);

        await AssertEmbeddedLoggedTheCallAsync(bot, reply);
        Assert.Equal(6, server.Requests.Count);
    }

    [Fact]
    public async Task ApiKey_WithTraceLoggingOnSuccessAndFailure_NeverAppearsInTheLogs()
    {
        server.Then(
            ModelReply.Calls(("find", """{"query":"Bramblewood"}""")),
            ModelReply.Text("Bramblewood Foods is in the CRM."),
            ModelReply.Status(401));
        await using var bot = await LlmBot.StartAsync(server);

        await bot.SendAsync("who do we know at bramblewood?");
        await bot.SendAsync(PlainRequest);

        Assert.All(server.Requests, r => Assert.Equal("Bearer " + LlmBot.ApiKey, r.Authorization));
        Assert.Contains(bot.Logs.Lines, l => l.Level == LogLevel.Trace && l.Category.Contains("Llm", StringComparison.Ordinal));
        Assert.DoesNotContain(LlmBot.ApiKey, bot.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Level >= LogLevel.Debug && l.Text.Contains("pallet sensor", StringComparison.Ordinal));
    }

    private static async Task AssertEmbeddedLoggedTheCallAsync(LlmBot bot, Crm.Skills.Conversation.TurnReply reply)
    {
        Assert.IsType<ChangeResult>(Assert.Single(reply.Parts));
        var activity = await bot.QueryAsync(db => db.Activities.SingleAsync());
        Assert.Equal(("ACC-BRM", "C-BRM-1", ActivityType.Call), (activity.AccountId, activity.ContactId, activity.Type));
        Assert.Contains(bot.Logs.Lines, l => l.Level == LogLevel.Warning && l.Text.Contains("embedded engine", StringComparison.Ordinal));
    }
}
