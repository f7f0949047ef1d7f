using System.CommandLine;
using Crm.Data.Audit;
using Crm.Data.Csv;
using Crm.Data.Exchange;
using Crm.Data.Store;

namespace Crm.Bot.Cli;

/// <summary><c>import FILE</c>: a crm-exchange/1 JSON file, or a CSV of accounts or contacts.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A .json file in the crm-exchange/1 format, or a .csv of accounts or contacts (English or Chinese headers)." };
        var command = new Command("import", "Add records from a file to the store. Nothing is written unless the whole file is valid.") { file };
        command.SetAction((result, ct) => RunAsync(result.GetRequiredValue(file), ct));
        return command;
    }

    private static Task<int> RunAsync(FileInfo file, CancellationToken cancellationToken)
    {
        if (!file.Exists)
            return Task.FromResult(CliErrors.Fail($"{file.FullName} does not exist."));
        return file.Extension.ToLowerInvariant() switch
        {
            ".json" => StoreCommandHost.RunAsync((db, services, ct) => ImportJsonAsync(db, services, file, ct), cancellationToken),
            ".csv" => StoreCommandHost.RunAsync((db, services, ct) => ImportCsvAsync(db, services, file, ct), cancellationToken),
            _ => Task.FromResult(CliErrors.Fail($"{file.Name}: use a .json (crm-exchange/1) or .csv file.")),
        };
    }

    private static async Task<int> ImportJsonAsync(CrmDbContext db, IServiceProvider services, FileInfo file, CancellationToken cancellationToken)
    {
        var report = await ExchangeImporter.ImportFileAsync(db, file.FullName, Attribution(services, file), cancellationToken);
        if (!report.Succeeded)
            return Refused(file, report.Problems);
        Console.WriteLine($"Imported {file.Name}: " + string.Join(", ", report.Created.Select(kv => $"{kv.Value} {kv.Key}")) + ".");
        return 0;
    }

    private static async Task<int> ImportCsvAsync(CrmDbContext db, IServiceProvider services, FileInfo file, CancellationToken cancellationToken)
    {
        var text = await File.ReadAllTextAsync(file.FullName, cancellationToken);
        var clock = services.GetRequiredService<TimeProvider>();
        var report = await CsvImporter.ImportAsync(db, text, clock, Attribution(services, file), cancellationToken);
        if (!report.Succeeded)
            return Refused(file, report.Problems);
        Console.WriteLine($"Imported {file.Name}: {report.Created.Count} new {report.Kind.ToString().ToLowerInvariant()}.");
        foreach (var duplicate in report.Duplicates)
            Console.WriteLine($"  skipped {duplicate}");
        return 0;
    }

    private static ImportAttribution Attribution(IServiceProvider services, FileInfo file) =>
        new(ImportAttribution.CommandLineUser, services.GetRequiredService<TimeProvider>(), $"import {file.Name}");

    private static int Refused(FileInfo file, IReadOnlyList<ImportProblem> problems)
    {
        Console.Error.WriteLine($"error: {file.Name} was not imported; nothing was written. {problems.Count} problem(s):");
        foreach (var problem in problems)
            Console.Error.WriteLine($"  {problem}");
        return 1;
    }
}
