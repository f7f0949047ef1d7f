using System.CommandLine;
using System.Text.Json;
using Crm.Bot.Cli;
using Crm.Bot.Llm;
using Crm.Data.Exchange;
using Crm.Data.Store;
using Crm.Data.Store.Templates;

namespace Crm.Bot.Replay;

/// <summary><c>replay --seed SEED.json --cases CASES.jsonl --out OUT.jsonl</c>, as contract/replay.md says.</summary>
internal static class ReplayCommand
{
    public static Command Create()
    {
        var seed = new Option<FileInfo>("--seed") { Description = "The store to start every case from (crm-exchange/1 JSON).", Required = true };
        var cases = new Option<FileInfo>("--cases") { Description = "Conversations to replay, one JSON object per line.", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Where to write one result line per case.", Required = true };
        var explain = new Option<bool>("--explain") { Description = "Write how each message was understood to standard error." };
        var engine = new Option<string>("--engine") { Description = "Understanding engine: embedded (default), llm or hybrid (llm and hybrid need Llm__Endpoint or Llm__Replay).", DefaultValueFactory = _ => "embedded" };
        var command = new Command("replay", "Run scripted conversations against a fixed store and clock; write what the bot said and the store after each case.")
        {
            seed, cases, output, engine, explain,
        };
        command.SetAction((result, ct) => CliErrors.GuardAsync(() => RunAsync(
            result.GetRequiredValue(seed), result.GetRequiredValue(cases), result.GetRequiredValue(output), result.GetRequiredValue(engine), result.GetValue(explain), ct)));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo seedFile, FileInfo casesFile, FileInfo outFile, string engine, bool explain, CancellationToken cancellationToken)
    {
        if (EngineOption.Check(engine) is { } problem)
            return CliErrors.Fail(problem);
        foreach (var file in new[] { seedFile, casesFile })
        {
            if (!file.Exists)
                return CliErrors.Fail($"{file.FullName} does not exist.");
        }
        var read = await ExchangeJson.ReadFileAsync(seedFile.FullName, cancellationToken);
        if (!read.Succeeded)
            return CliErrors.Fail($"{seedFile.Name} is not a valid store: {read.Problems[0]}" + (read.Problems.Count > 1 ? $" (and {read.Problems.Count - 1} more)" : ""));
        var replayCases = await ReadCasesAsync(casesFile, cancellationToken);
        if (replayCases is null)
            return 1;

        using var template = await SqliteStoreTemplate.CreateAsync(read.Document!, cancellationToken);
        var clock = new ReplayClock();
        var slot = new ReplayStoreSlot();
        using var host = ReplayServices.Build(clock, slot, engine);
        var runner = new ReplayRunner(template, host, clock, slot, explain ? Console.Error : null);
        await using var writer = new StreamWriter(outFile.FullName, append: false, new System.Text.UTF8Encoding(false));
        foreach (var replayCase in replayCases)
        {
            var line = await runner.RunCaseAsync(replayCase, cancellationToken);
            await writer.WriteLineAsync(line.ToJsonString(ReplayJson.Options));
        }
        await Console.Error.WriteLineAsync($"Replayed {replayCases.Count} cases into {outFile.FullName}.");
        return 0;
    }

    /// <summary>All cases, or null after naming every line that cannot be read (nothing is run then).</summary>
    private static async Task<List<ReplayCase>?> ReadCasesAsync(FileInfo casesFile, CancellationToken cancellationToken)
    {
        var lines = await File.ReadAllLinesAsync(casesFile.FullName, cancellationToken);
        var cases = new List<ReplayCase>();
        var bad = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
                continue;
            try
            {
                cases.Add(JsonSerializer.Deserialize<ReplayCase>(lines[i], ReplayJson.Options) ?? throw new JsonException("empty case"));
            }
            catch (JsonException e)
            {
                bad++;
                CliErrors.Fail($"{casesFile.Name} line {i + 1}: {e.Message}");
            }
        }
        return bad == 0 ? cases : null;
    }
}
