using System.CommandLine;
using Crm.Data.Exchange;
using Crm.Data.Store;

namespace Crm.Bot.Cli;

/// <summary><c>export [--out FILE]</c>: the whole store in the crm-exchange/1 format.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var output = new Option<FileInfo?>("--out", "-o") { Description = "File to write; standard output when omitted." };
        var command = new Command("export", "Write the whole store as crm-exchange/1 JSON.") { output };
        command.SetAction((result, ct) => StoreCommandHost.RunAsync(
            (db, services, token) => RunAsync(db, services.GetRequiredService<TimeProvider>(), result.GetValue(output), token), ct));
        return command;
    }

    private static async Task<int> RunAsync(CrmDbContext db, TimeProvider clock, FileInfo? output, CancellationToken cancellationToken)
    {
        var document = await ExchangeExporter.ExportAsync(db, clock, cancellationToken);
        if (output is null)
        {
            await using var stdout = Console.OpenStandardOutput();
            await ExchangeJson.WriteAsync(document, stdout, cancellationToken);
            await stdout.WriteAsync("\n"u8.ToArray(), cancellationToken);
            return 0;
        }
        await using (var file = output.Create())
            await ExchangeJson.WriteAsync(document, file, cancellationToken);
        await Console.Error.WriteLineAsync($"Exported the store to {output.FullName}.");
        return 0;
    }
}
