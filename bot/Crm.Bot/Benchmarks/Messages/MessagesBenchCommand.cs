using System.CommandLine;
using Crm.Bot.Cli;

namespace Crm.Bot.Benchmarks.Messages;

/// <summary>
/// <c>bench messages</c>: load on <c>POST /api/messages</c>. Exits 0 when every request was accepted, every turn
/// ran and every message was answered, whatever the speed (figures, not pass/fail); 1 when something was lost.
/// </summary>
internal static class MessagesBenchCommand
{
    public static Command Create(Func<string[], WebApplication> buildWebApp)
    {
        var requests = new Option<int>("--requests") { Description = "Timed requests.", DefaultValueFactory = _ => 20_000 };
        var concurrency = new Option<int>("--concurrency") { Description = "Connections, one request in flight each.", DefaultValueFactory = _ => 32 };
        var warmup = new Option<int>("--warmup")
        {
            // Tiered compilation keeps re-compiling hot code for tens of thousands of requests; the warm-up goes on in
            // rounds until the JIT has settled, and this caps it.
            Description = "Untimed requests sent first, at most: the warm-up ends as soon as the JIT has settled.",
            DefaultValueFactory = _ => 100_000,
        };
        var accounts = new Option<int>("--accounts") { Description = "Accounts in the synthetic store.", DefaultValueFactory = _ => 2_000 };
        var local = new Option<bool>("--local") { Description = "Local mode: no app id and no tokens (the default validates Connector tokens)." };
        var command = new Command("messages", "Load /api/messages on loopback with CRM messages; replies go to a local Connector.")
        {
            requests, concurrency, warmup, accounts, local,
        };
        command.SetAction((result, ct) => CliErrors.GuardAsync(async () =>
        {
            var options = new MessagesBenchOptions(
                Positive(result.GetValue(requests)), Positive(result.GetValue(concurrency)), Math.Max(0, result.GetValue(warmup)),
                Positive(result.GetValue(accounts)), !result.GetValue(local));
            var report = await new MessagesBench(buildWebApp, TimeProvider.System).RunAsync(options, Console.Out, ct);
            report.WriteTo(Console.Out);
            return report.Succeeded ? 0 : 1;
        }));
        return command;
    }

    private static int Positive(int value) => Math.Max(1, value);
}
