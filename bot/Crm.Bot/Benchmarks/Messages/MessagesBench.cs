using Crm.Bot.Store;
using Crm.Data.Exchange;
using Crm.Data.Store;
using Microsoft.Data.Sqlite;

namespace Crm.Bot.Benchmarks.Messages;

/// <summary>
/// <c>bench messages</c>: the real host (Kestrel on 127.0.0.1, a temporary SQLite file holding a
/// synthetic company) behind real Connector authentication from a local issuer, replying to a local
/// Connector stand-in, driven over loopback by <see cref="LoadGenerator"/>. Reports throughput,
/// latency percentiles, errors and how many messages were answered.
/// </summary>
internal sealed class MessagesBench(Func<string[], WebApplication> buildWebApp, TimeProvider time)
{
    public const string AppId = "0b6c1f4e-7d2a-4c3b-9e8f-5a4d3c2b1a00";

    public async Task<MessagesBenchReport> RunAsync(MessagesBenchOptions options, TextWriter progress, CancellationToken cancellationToken)
    {
        var database = Path.Combine(Path.GetTempPath(), $"crm-bench-{Guid.NewGuid():N}.db");
        await using var issuer = await BenchIssuer.StartAsync(cancellationToken);
        await using var connector = await BenchConnector.StartAsync(cancellationToken);
        var store = SyntheticStore.Create(options.Accounts, 3);
        try
        {
            var app = buildWebApp(HostArguments(options, database, issuer));
            await using (app)
            {
                await SeedAsync(app.Services, store, cancellationToken);
                await app.StartAsync(cancellationToken);
                var endpoint = new Uri(new Uri(app.Urls.First()), "/api/messages");
                var now = time.GetUtcNow();
                var token = options.Authenticated ? issuer.CreateToken(AppId, connector.ServiceUrl, now) : null;
                var all = BenchActivities.Create(store, options.Warmup + options.Requests, connector.ServiceUrl, now);
                using var load = new LoadGenerator(endpoint, token, options.Concurrency);
                await progress.WriteLineAsync($"Warming up with {options.Warmup:N0} requests…");
                await load.RunAsync([.. all.Take(options.Warmup)], cancellationToken);
                await progress.WriteLineAsync($"Sending {options.Requests:N0} requests over {options.Concurrency} connections…");
                var result = await load.RunAsync([.. all.Skip(options.Warmup)], cancellationToken);
                var answered = await connector.WaitForAnswersAsync(all.Count, TimeSpan.FromSeconds(30), time, cancellationToken);
                await app.StopAsync(cancellationToken);
                return new MessagesBenchReport(options, result, all.Count, answered, connector.Calls, connector.Unauthenticated,
                    all.Count(r => r.IsRead));
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { database, database + "-wal", database + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private static string[] HostArguments(MessagesBenchOptions options, string database, BenchIssuer issuer)
    {
        var arguments = new List<string>
        {
            "--urls=http://127.0.0.1:0",
            $"--ConnectionStrings:Crm=Data Source={database}",
            "--Crm:DemoData=false",
            // Per-request logs would measure the console, not the bot; warnings and errors still show.
            "--Logging:LogLevel:Default=Warning",
        };
        if (options.Authenticated)
        {
            arguments.AddRange(
            [
                $"--Bot:MicrosoftAppId={AppId}",
                "--Bot:MicrosoftAppPassword=bench-secret",
                $"--Bot:OpenIdMetadataUrl={issuer.MetadataUrl}",
                $"--Bot:TokenEndpoint={issuer.TokenEndpoint}",
            ]);
        }
        return [.. arguments];
    }

    private static async Task SeedAsync(IServiceProvider services, ExchangeDocument store, CancellationToken cancellationToken)
    {
        await services.MigrateCrmStoreAsync(cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var report = await ExchangeImporter.ImportAsync(scope.ServiceProvider.GetRequiredService<CrmDbContext>(), store, cancellationToken: cancellationToken);
        if (!report.Succeeded)
        {
            throw new CrmStoreException("The synthetic store could not be loaded: " + string.Join("; ", report.Problems));
        }
    }
}
