using System.Text.Json.Nodes;

namespace Crm.Bot.Tests.Cli;

public sealed class CommandLineTests : IDisposable
{
    private readonly CliProcess cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public async Task ImportThenExport_ExchangeFile_ExportsTheImportedRecords()
    {
        var file = Write("seed.json", SmallStore("U-KAI", "Kai Brennan", "ACC-77", "Marlow Textiles"));

        var import = await cli.RunAsync("import", file);
        var export = await cli.RunAsync("export");

        Assert.True(import.ExitCode == 0, import.Stderr);
        Assert.Contains("1 users, 1 accounts", import.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, export.ExitCode);
        var state = JsonNode.Parse(export.Stdout)!;
        Assert.Equal("Marlow Textiles", (string?)state["accounts"]![0]!["name"]);
        Assert.Equal("U-KAI", (string?)state["accounts"]![0]!["ownerId"]);
    }

    [Fact]
    public async Task Import_FileWithProblems_ListsThemOnStderrAndExitsNonZero()
    {
        var good = Write("good.json", SmallStore("U-KAI", "Kai Brennan", "ACC-77", "Marlow Textiles"));
        var bad = Write("bad.json", SmallStore("U-KAI", "Kai Again", "ACC-78", "Second Co").Replace("\"rep\"", "\"boss\"", StringComparison.Ordinal));
        await cli.RunAsync("import", good);

        var result = await cli.RunAsync("import", bad);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("$.users[0].id: 'U-KAI' already exists in the store", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("$.users[0].role: 'boss' is not one of rep, manager, support, admin", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_MissingFile_IsOneLineErrorWithoutStackTrace()
    {
        var result = await cli.RunAsync("import", "no-such-file.json");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal($"error: {Path.Combine(cli.Folder, "no-such-file.json")} does not exist.", result.Stderr.Trim());
    }

    [Fact]
    public async Task ExportToFile_EmptyStore_WritesEmptyCollections()
    {
        var result = await cli.RunAsync("export", "--out", Path.Combine(cli.Folder, "out.json"));

        Assert.Equal(0, result.ExitCode);
        var state = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(cli.Folder, "out.json")))!;
        Assert.Equal("crm-exchange/1", (string?)state["format"]);
        Assert.Empty(state["deals"]!.AsArray());
    }

    [Fact]
    public async Task UnknownCommand_IsRefusedInsteadOfServing()
    {
        var result = await cli.RunAsync("exprot");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal("error: 'exprot' is not a command; run with --help to see the commands.", result.Stderr.Trim());
    }

    [Fact]
    public async Task Help_ListsTheCommands()
    {
        var result = await cli.RunAsync("--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var command in new[] { "serve", "import", "export" })
            Assert.Contains(command, result.Stdout, StringComparison.Ordinal);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(cli.Folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string SmallStore(string userId, string userName, string accountId, string accountName) => $$"""
        {"format": "crm-exchange/1",
         "users": [{"id": "{{userId}}", "name": "{{userName}}", "role": "rep", "locale": "en-US", "timeZone": "Europe/Dublin"}],
         "accounts": [{"id": "{{accountId}}", "name": "{{accountName}}", "ownerId": "{{userId}}"}],
         "contacts": [], "deals": [], "activities": [], "tickets": [], "tasks": []}
        """;
}
