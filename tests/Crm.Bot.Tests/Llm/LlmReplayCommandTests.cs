using System.Text.Json.Nodes;
using Crm.Bot.Tests.Cli;

namespace Crm.Bot.Tests.Llm;

/// <summary><c>replay --engine llm</c> through the real executable, against the local model server.</summary>
public sealed class LlmReplayCommandTests : IAsyncLifetime
{
    private readonly CliProcess cli = new();
    private ScriptedModelServer server = null!;

    public async Task InitializeAsync() => server = await ScriptedModelServer.StartAsync();

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        cli.Dispose();
    }

    [Fact]
    public async Task ReplayWithLlmEngine_OneCase_RunsTheModelsToolCallsIntoTheCaseState()
    {
        server.Then(
            ModelReply.Calls(("create_task", """{"title":"Chase the Marlow sample order","accountId":"ACC-77"}""")),
            ModelReply.Text("Added."));
        cli.Environment["Llm__Endpoint"] = server.BaseUrl + "/v1/";
        cli.Environment["Llm__Model"] = "test-model";
        cli.Environment["Llm__ApiKey"] = "sk-cli-test";
        var seed = Write("seed.json", """
            {"format": "crm-exchange/1",
             "users": [{"id": "U-KAI", "name": "Kai Brennan", "role": "rep", "locale": "en-US", "timeZone": "Europe/Dublin"}],
             "accounts": [{"id": "ACC-77", "name": "Marlow Textiles", "ownerId": "U-KAI"}],
             "contacts": [], "deals": [], "activities": [], "tickets": [], "tasks": []}
            """);
        var cases = Write("cases.jsonl", """{"id": "llm-1", "now": "2026-11-18T10:00:00Z", "turns": [{"user": "U-KAI", "text": "marlow still owe us a sample order, keep me on it"}]}""" + "\n");
        var output = Path.Combine(cli.Folder, "out.jsonl");

        var result = await cli.RunAsync("replay", "--seed", seed, "--cases", cases, "--out", output, "--engine", "llm");

        Assert.True(result.ExitCode == 0, result.Stderr);
        var line = JsonNode.Parse(File.ReadAllLines(output).Single())!;
        var task = Assert.Single(line["state"]!["tasks"]!.AsArray())!;
        Assert.Equal(("Chase the Marlow sample order", "U-KAI", "ACC-77"), ((string?)task["title"], (string?)task["ownerId"], (string?)task["accountId"]));
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task ReplayWithUnknownEngine_IsAOneLineError()
    {
        var result = await cli.RunAsync("replay", "--seed", "s.json", "--cases", "c.jsonl", "--out", "o.jsonl", "--engine", "oracle");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal("error: unknown engine 'oracle'; use one of: embedded, llm, hybrid.", result.Stderr.Trim());
    }

    [Fact]
    public async Task ReplayWithLlmEngine_WithoutAnEndpoint_SaysWhatToSet()
    {
        var seed = Write("seed.json", """{"format": "crm-exchange/1", "users": [], "accounts": [], "contacts": [], "deals": [], "activities": [], "tickets": [], "tasks": []}""");
        var cases = Write("cases.jsonl", "");

        var result = await cli.RunAsync("replay", "--seed", seed, "--cases", cases, "--out", Path.Combine(cli.Folder, "o.jsonl"), "--engine", "hybrid");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Llm__Endpoint", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(cli.Folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
