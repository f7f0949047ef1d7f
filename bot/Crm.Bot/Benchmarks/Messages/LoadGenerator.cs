using System.Diagnostics;
using System.Net.Http.Headers;
using System.Runtime;
using System.Text;

namespace Crm.Bot.Benchmarks.Messages;

/// <summary>What the load generator saw: per-request latencies (ms) of the timed requests, and failures.</summary>
/// <param name="CpuTime">CPU the whole process used meanwhile (host, load generator and Connector stand-in together).</param>
/// <param name="AllocatedBytes">Managed memory the whole process allocated meanwhile.</param>
/// <param name="JitTime">Time the JIT spent compiling meanwhile, on every thread (tiered re-compilation included).</param>
/// <param name="Collections">Garbage collections meanwhile, and how long they paused the process in all.</param>
internal sealed record LoadResult(
    TimeSpan Elapsed, IReadOnlyList<double> Latencies, int Errors, IReadOnlyDictionary<int, int> StatusCounts, TimeSpan CpuTime, long AllocatedBytes,
    TimeSpan JitTime, GarbageCollections Collections)
{
    /// <summary>Share of the CPU the JIT took: above a percent or so, the run measured the JIT as much as the bot.</summary>
    public double JitShare => CpuTime > TimeSpan.Zero ? JitTime / CpuTime : 0;
}

/// <summary>
/// Drives <c>POST /api/messages</c> like the Bot Connector: many keep-alive connections
/// (<see cref="SocketsHttpHandler"/>), each worker sending the next request as soon as its last one is
/// answered, every request with the Connector's bearer token.
/// </summary>
internal sealed class LoadGenerator(Uri endpoint, string? token, int concurrency) : IDisposable
{
    private readonly HttpClient http = new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = concurrency,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        UseCookies = false,
        UseProxy = false,
    })
    { Timeout = TimeSpan.FromSeconds(30) };

    public async Task<LoadResult> RunAsync(IReadOnlyList<BenchRequest> requests, CancellationToken cancellationToken)
    {
        var latencies = new double[requests.Count];
        var statuses = new int[requests.Count];
        var next = -1;
        var started = Stopwatch.GetTimestamp();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var jitBefore = JitInfo.GetCompilationTime(currentThread: false);
        var collectionsBefore = GarbageCollections.SoFar();
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < requests.Count; i = Interlocked.Increment(ref next))
            {
                var sent = Stopwatch.GetTimestamp();
                statuses[i] = await SendAsync(requests[i], cancellationToken);
                latencies[i] = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
            }
        }, cancellationToken));
        await Task.WhenAll(workers);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var jit = JitInfo.GetCompilationTime(currentThread: false) - jitBefore;
        var collections = GarbageCollections.SoFar() - collectionsBefore;
        var counts = statuses.GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        return new LoadResult(elapsed, latencies, statuses.Count(s => s is < 200 or >= 300), counts, cpu, allocated, jit, collections);
    }

    private async Task<int> SendAsync(BenchRequest request, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new StringContent(request.Json, Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        try
        {
            using var response = await http.SendAsync(message, cancellationToken);
            await response.Content.CopyToAsync(Stream.Null, cancellationToken);
            return (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return 0; // timed out
        }
    }

    public void Dispose() => http.Dispose();
}
