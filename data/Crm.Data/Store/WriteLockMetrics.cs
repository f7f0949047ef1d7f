using System.Diagnostics.Metrics;

namespace Crm.Data.Store;

/// <summary>
/// How long this process's writers waited for SQLite's one write lock and held it (<see cref="SqliteWriteGate"/>),
/// in milliseconds, tagged <c>kind</c>: a message's <see cref="Transaction"/>, or a single <see cref="Save"/>
/// outside one. Every write to a SQLite store takes this lock in turn, so the share of time it is held caps
/// the writes a second. Readable with <c>dotnet-counters monitor --counters Crm.Data</c> or any MeterListener
/// (<c>bench messages</c> reports them); recording costs next to nothing while nobody listens.
/// </summary>
public static class WriteLockMetrics
{
    public const string MeterName = "Crm.Data";
    public const string WaitName = "crm.sqlite.write_lock.wait";
    public const string HoldName = "crm.sqlite.write_lock.hold";
    public const string KindTag = "kind";
    public const string Transaction = "transaction";
    public const string Save = "save";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Histogram<double> WaitTime =
        Meter.CreateHistogram<double>(WaitName, "ms", "Time a writer waited for the SQLite store's write lock.");
    private static readonly Histogram<double> HoldTime =
        Meter.CreateHistogram<double>(HoldName, "ms", "Time a writer held the SQLite store's write lock.");

    internal static void Waited(string kind, TimeSpan time) => WaitTime.Record(time.TotalMilliseconds, new KeyValuePair<string, object?>(KindTag, kind));

    internal static void Held(string kind, TimeSpan time) => HoldTime.Record(time.TotalMilliseconds, new KeyValuePair<string, object?>(KindTag, kind));
}
