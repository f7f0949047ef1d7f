using System.Diagnostics;

namespace Crm.Bot.Tests.Cli;

/// <summary>Runs the real Crm.Bot executable as a child process against a store of the test's own.</summary>
internal sealed class CliProcess : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "crm-cli-tests", Guid.NewGuid().ToString("N"));

    public CliProcess() => Directory.CreateDirectory(folder);

    public string Folder => folder;

    public string DatabasePath => Path.Combine(folder, "store", "crm.db");

    /// <summary>More environment variables for the child process (such as Llm__Endpoint).</summary>
    public Dictionary<string, string> Environment { get; } = [];

    public async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var process = Start(args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Starts the executable; the caller waits for it or kills it.</summary>
    public Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["ConnectionStrings__Crm"] = $"Data Source={DatabasePath}";
        start.Environment["Crm__StoreProvider"] = "sqlite";
        foreach (var (key, value) in Environment)
            start.Environment[key] = value;
        return Process.Start(start)!;
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
