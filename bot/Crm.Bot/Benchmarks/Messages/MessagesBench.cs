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
    private const int WarmupRound = 5_000;
    /// <summary>The warm-up starts every conversation the timed requests use (see <see cref="BenchActivities"/>).</summary>
    private const int MinimumWarmup = 10_000;
    /// <summary>A warm-up round in which the JIT took less of the CPU than this ends the warm-up.</summary>
    private const double SettledJitShare = 0.01;

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
                var span = Math.Min(options.Warmup, MinimumWarmup) + options.Requests;
                using var activities = BenchActivities.Create(store, options.Warmup + options.Requests, span, connector.ServiceUrl, now).GetEnumerator();
                var reads = 0;
                List<BenchRequest> Next(int count)
                {
                    var batch = new List<BenchRequest>(count);
                    while (batch.Count < count && activities.MoveNext())
                    {
                        batch.Add(activities.Current);
                        reads += activities.Current.IsRead ? 1 : 0;
                    }
                    return batch;
                }
                using var failedTurns = new FailedTurnsListener();
                using var load = new LoadGenerator(endpoint, token, options.Concurrency);
                var warmedUp = await WarmUpAsync(load, Next, options.Warmup, progress, cancellationToken);
                var timed = Next(options.Requests);
                await progress.WriteLineAsync($"Sending {timed.Count:N0} requests over {options.Concurrency} connections…");
                IReadOnlyList<WriteLockUse> writeLock;
                LoadResult result;
                using (var locks = new WriteLockListener())
                {
                    result = await load.RunAsync(timed, cancellationToken);
                    writeLock = locks.Uses();
                }
                var sent = warmedUp + timed.Count;
                var answered = await connector.WaitForAnswersAsync(sent, TimeSpan.FromSeconds(30), time, cancellationToken);
                await app.StopAsync(cancellationToken);
                return new MessagesBenchReport(
                    options, result, timed, warmedUp, sent, answered, failedTurns.Failed, connector.Calls, connector.Unauthenticated, reads, writeLock);
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

    /// <summary>
    /// Sends untimed rounds until at least <see cref="MinimumWarmup"/> requests went and the JIT has settled, or
    /// <paramref name="limit"/> requests went: tiered compilation re-compiles hot code in the background for tens of
    /// thousands of requests (measured: over a quarter of the CPU after 10,000), and timing that would measure the
    /// JIT, not the bot. Returns how many requests were sent.
    /// </summary>
    private static async Task<int> WarmUpAsync(
        LoadGenerator load, Func<int, List<BenchRequest>> next, int limit, TextWriter progress, CancellationToken cancellationToken)
    {
        var sent = 0;
        while (sent < limit)
        {
            var round = next(Math.Min(WarmupRound, limit - sent));
            var result = await load.RunAsync(round, cancellationToken);
            sent += round.Count;
            await progress.WriteLineAsync($"Warm-up: {sent:N0} requests; the JIT took {result.JitShare:P1} of the CPU in the last {round.Count:N0}");
            if (sent >= MinimumWarmup && result.JitShare < SettledJitShare)
            {
                break;
            }
        }
        return sent;
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
            // The notification scheduler's first tick comes a minute after start, inside the timed requests: it compiled
            // its queries there (the JIT's share of the timed run rose from 0.2% to about 3%), scanned the store for due
            // notices and sent them (about 160 Connector calls): work a running bot does once a minute, not per message.
            "--Notifications:Enabled=false",
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
