using System.CommandLine;

namespace Crm.Bot.Cli;

/// <summary>The one list of commands. Each command lives in its own file next to this one.</summary>
public static class CrmCommandLine
{
    public static RootCommand Create(Func<string[], WebApplication> buildWebApp)
    {
        var serve = ServeCommand.Create(buildWebApp);
        var root = new RootCommand("Crm.Bot: a conversational CRM for Microsoft Teams and Web Chat.")
        {
            serve,
            ImportCommand.Create(),
            ExportCommand.Create(),
            Chat.ChatCommand.Create(),
            Replay.ReplayCommand.Create(),
            Benchmarks.BenchCommand.Create(buildWebApp),
            Teams.TeamsPackageCommand.Create(),
        };
        // No command means serve; host arguments such as --urls pass through to the web host.
        root.TreatUnmatchedTokensAsErrors = false;
        root.SetAction((result, ct) => result.UnmatchedTokens.FirstOrDefault() is { } first && !first.StartsWith('-')
            ? Task.FromResult(CliErrors.Fail($"'{first}' is not a command; run with --help to see the commands."))
            : ServeCommand.RunAsync(buildWebApp, result, ct));
        return root;
    }

    /// <summary>Runs the parsed command. Unexpected exceptions propagate: they are bugs, not user errors.</summary>
    public static Task<int> InvokeAsync(this RootCommand root, string[] args) =>
        root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
