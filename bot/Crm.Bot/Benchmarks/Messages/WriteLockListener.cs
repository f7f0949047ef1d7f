using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Crm.Data.Store;

namespace Crm.Bot.Benchmarks.Messages;

/// <summary>What one kind of holder did with SQLite's write lock during the timed requests.</summary>
internal sealed record WriteLockUse(string Kind, int Holds, double HeldMs, double WaitedMs);

/// <summary>
/// Adds up <see cref="WriteLockMetrics"/> from the moment it is made: on SQLite the write lock, not the CPU,
/// may be what limits the messages a second, and this shows how busy it was.
/// </summary>
internal sealed class WriteLockListener : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentDictionary<(string Instrument, string Kind), (int Count, double Sum)> totals = new();

    public WriteLockListener()
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == WriteLockMetrics.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
        {
            var kind = "";
            foreach (var tag in tags)
            {
                if (tag.Key == WriteLockMetrics.KindTag)
                {
                    kind = tag.Value as string ?? "";
                }
            }
            totals.AddOrUpdate((instrument.Name, kind), (1, value), (_, t) => (t.Count + 1, t.Sum + value));
        });
        listener.Start();
    }

    /// <summary>Per kind of holder: how many times the lock was held, for how long in all, and how long writers waited for it.</summary>
    public IReadOnlyList<WriteLockUse> Uses() =>
    [
        .. totals.Keys.Select(k => k.Kind).Distinct().Order(StringComparer.Ordinal).Select(kind =>
        {
            var held = totals.GetValueOrDefault((WriteLockMetrics.HoldName, kind));
            var waited = totals.GetValueOrDefault((WriteLockMetrics.WaitName, kind));
            return new WriteLockUse(kind, held.Count, held.Sum, waited.Sum);
        }),
    ];

    public void Dispose() => listener.Dispose();
}
