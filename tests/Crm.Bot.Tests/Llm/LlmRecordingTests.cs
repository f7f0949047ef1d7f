using Crm.Data.Activities;
using Microsoft.EntityFrameworkCore;

namespace Crm.Bot.Tests.Llm;

/// <summary>Llm__Record writes each request/response pair; Llm__Replay answers from them with no server at all.</summary>
public sealed class LlmRecordingTests : IAsyncLifetime
{
    private const string Message = "Orla from Bramblewood rang me, she wants pallet sensors priced";
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"crm-llm-rec-{Guid.NewGuid():N}");
    private ScriptedModelServer server = null!;

    public async Task InitializeAsync() => server = await ScriptedModelServer.StartAsync();

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task RecordedRun_ReplayedWithoutAServer_WritesTheSameRecord()
    {
        server.Then(
            ModelReply.Calls(("log_activity", """{"accountId":"ACC-BRM","type":"Call","summary":"Pallet sensor pricing","contactId":"C-BRM-1"}""")),
            ModelReply.Text("Logged."));
        await using (var recording = await LlmBot.StartAsync(server, "llm", ("Llm:Record", folder)))
            await recording.SendAsync(Message);

        await using var replaying = await LlmBot.StartAsync(null, "llm", ("Llm:Replay", folder));
        await replaying.SendAsync(Message);

        Assert.Equal(2, Directory.GetFiles(folder, "*.json").Length);
        Assert.Equal(2, server.Requests.Count);
        var activity = await replaying.QueryAsync(db => db.Activities.SingleAsync());
        Assert.Equal(("ACC-BRM", "Pallet sensor pricing", ActivitySource.Chat), (activity.AccountId, activity.Summary, activity.Source));
        Assert.DoesNotContain(LlmBot.ApiKey, string.Concat(Directory.GetFiles(folder).Select(File.ReadAllText)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_OfARequestNeverRecorded_FallsBackToTheEmbeddedEngine()
    {
        Directory.CreateDirectory(folder);
        await using var replaying = await LlmBot.StartAsync(null, "llm", ("Llm:Replay", folder));

        await replaying.SendAsync("log a call with Orla Finch at Bramblewood Foods: she asked about pallet sensor pricing");

        Assert.Equal(1, await replaying.QueryAsync(db => db.Activities.CountAsync()));
        Assert.Contains(replaying.Logs.Lines, l => l.Text.Contains("no recorded response", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AzureStyleEndpoint_PostsToTheV1ChatCompletionsPath()
    {
        server.Then(ModelReply.Text("Hello Riva."));
        await using var bot = await LlmBot.StartAsync(server, "llm", ("Llm:Endpoint", server.BaseUrl + "/openai/v1/"));

        await bot.SendAsync("what's new?");

        Assert.Equal("/openai/v1/chat/completions", Assert.Single(server.Requests).Path);
    }
}
