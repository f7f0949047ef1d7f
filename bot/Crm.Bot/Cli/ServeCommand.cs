using System.CommandLine;
using Crm.Bot.Store;

namespace Crm.Bot.Cli;

/// <summary><c>serve</c>: runs the web host (http://localhost:5000 unless --urls or ASPNETCORE_URLS say otherwise).</summary>
internal static class ServeCommand
{
    public static Command Create(Func<string[], WebApplication> buildWebApp)
    {
        var command = new Command("serve", "Run the bot's web host: /api/messages, Web Chat and /health (the default command).")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction((result, ct) => RunAsync(buildWebApp, result, ct));
        return command;
    }

    public static async Task<int> RunAsync(Func<string[], WebApplication> buildWebApp, ParseResult result, CancellationToken cancellationToken)
    {
        var app = CliErrors.Guard(() => buildWebApp([.. result.UnmatchedTokens]));
        if (app is null)
            return 1;
        await using (app)
            return await CliErrors.GuardAsync(async () =>
            {
                await app.Services.PrepareCrmStoreAsync(cancellationToken);
                await app.RunAsync();
                return 0;
            });
    }
}
