using Crm.Data.Store;

namespace Crm.Bot.Benchmarks.Messages;

/// <summary>The figures of one <c>bench messages</c> run, and how they read against issue 5's target.</summary>
internal sealed record MessagesBenchReport(
    MessagesBenchOptions Options, LoadResult Load, IReadOnlyList<BenchRequest> Timed, int WarmedUp, int Sent, int Answered, int FailedTurns, int ConnectorCalls,
    int UnauthenticatedCalls, int Reads, IReadOnlyList<WriteLockUse> WriteLock)
{
    public double RequestsPerSecond => Load.Latencies.Count / Load.Elapsed.TotalSeconds;

    public double Percentile(double q) => Percentile(Load.Latencies, q);

    private static double Percentile(IEnumerable<double> latencies, double q)
    {
        var sorted = latencies.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)(q * sorted.Length))];
    }

    /// <summary>Latencies of the timed reads (<paramref name="reads"/>) or writes: which kind makes the tail.</summary>
    private IEnumerable<double> LatenciesOf(bool reads) => Load.Latencies.Where((_, i) => Timed[i].IsRead == reads);

    public bool MeetsTarget => RequestsPerSecond >= 1_000 && Percentile(0.99) < 50 && Succeeded;

    /// <summary>Nothing was lost: every request accepted, every turn ran, every message answered (whatever the speed).</summary>
    public bool Succeeded => Load.Errors == 0 && FailedTurns == 0 && Answered == Sent;

    /// <summary>
    /// Why the JIT was still busy, if it was. <c>--warmup</c> only caps a warm-up that ends once a round has settled, so
    /// it helps only when the warm-up stopped at the cap.
    /// </summary>
    private string JitAdvice => Load.JitShare < 0.02 ? ""
        : WarmedUp >= Options.Warmup ? ": the JIT was still busy, warm up longer (--warmup)"
        : ": the JIT was still busy although the warm-up had settled; code ran for the first time during the timed requests";

    public void WriteTo(TextWriter output)
    {
        var statuses = string.Join(", ", Load.StatusCounts.OrderBy(s => s.Key).Select(s => $"{(s.Key == 0 ? "no response" : s.Key)}: {s.Value:N0}"));
        output.WriteLine($"{Load.Latencies.Count:N0} requests in {Load.Elapsed.TotalSeconds:0.00} s over {Options.Concurrency} connections " +
            $"({(Options.Authenticated ? "Connector tokens validated" : "local mode, no tokens")}; {Reads:N0} of {Sent:N0} messages were reads)");
        output.WriteLine($"throughput {RequestsPerSecond:N0} req/s; latency p50 {Percentile(0.50):0.0} ms, p90 {Percentile(0.90):0.0} ms, " +
            $"p99 {Percentile(0.99):0.0} ms, max {Percentile(1):0.0} ms");
        output.WriteLine($"  reads p50 {Percentile(LatenciesOf(true), 0.50):0.0} ms, p99 {Percentile(LatenciesOf(true), 0.99):0.0} ms; " +
            $"writes p50 {Percentile(LatenciesOf(false), 0.50):0.0} ms, p99 {Percentile(LatenciesOf(false), 0.99):0.0} ms");
        // CPU per request depends less than throughput on what else the machine runs (but on a busy machine it
        // still grows: measured 6 ms quiet, 12 ms beside a build); allocations per request do not depend on it.
        var requests = Math.Max(1, Load.Latencies.Count);
        output.WriteLine($"CPU {Load.CpuTime.TotalMilliseconds / requests:0.00} ms per request (process total, " +
            $"{Load.CpuTime.TotalSeconds / Load.Elapsed.TotalSeconds:0.00} of {Environment.ProcessorCount} cores busy); " +
            $"{Load.AllocatedBytes / 1024.0 / requests:N0} KB allocated per request");
        output.WriteLine($"JIT {Load.JitShare:P1} of the CPU during the timed requests (after {WarmedUp:N0} warm-up requests){JitAdvice}");
        var gc = Load.Collections;
        output.WriteLine($"GC {gc.Count:N0} collections (gen0 {gc.Gen0:N0}, gen1 {gc.Gen1:N0}, gen2 {gc.Gen2:N0}) paused every thread " +
            $"{gc.Paused.TotalMilliseconds:N0} ms in all ({gc.Paused / Load.Elapsed:P1} of the run, " +
            $"{gc.Paused.TotalMilliseconds / Math.Max(1, gc.Count):0.0} ms each)");
        if (WriteLock.Count > 0)
        {
            // Every write takes SQLite's one lock in turn: held most of the time, it caps the writes a second whatever the CPU.
            var busy = WriteLock.Sum(u => u.HeldMs) / Load.Elapsed.TotalMilliseconds;
            var uses = string.Join(", ", WriteLock.Select(u =>
                $"{u.Holds:N0} {(u.Kind == WriteLockMetrics.Save ? "saves outside a transaction" : u.Kind + "s")} {u.HeldMs / Math.Max(1, u.Holds):0.00} ms each, waited {u.WaitedMs / Math.Max(1, u.Holds):0.0} ms"));
            output.WriteLine($"SQLite write lock held {busy:P0} of the time ({uses})");
        }
        output.WriteLine($"errors {Load.Errors:N0} (status {statuses}); answered {Answered:N0} of {Sent:N0} messages " +
            $"(warm-up included), {ConnectorCalls:N0} Connector calls, {UnauthenticatedCalls:N0} without a token");
        output.WriteLine($"failed turns {FailedTurns:N0} (warm-up included; each answered with an apology, see the log)");
        output.WriteLine($"target (>= 1,000 req/s, p99 < 50 ms, no errors or failed turns, every message answered): {(MeetsTarget ? "met" : "NOT met")}");
    }
}
