using System.Diagnostics.Metrics;
using Crm.Bot.Teams;

namespace Crm.Bot.Benchmarks.Messages;

/// <summary>
/// Counts <see cref="TurnMetrics"/>' failed turns from the moment it is made. A failed turn still answers 200 and
/// replies (with an apology), quickly: without this, a bot failing every turn would report its best figures.
/// </summary>
internal sealed class FailedTurnsListener : IDisposable
{
    private readonly MeterListener listener = new();
    private long failed;

    public FailedTurnsListener()
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument is { Meter.Name: TurnMetrics.MeterName, Name: TurnMetrics.FailedName })
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref failed, value));
        listener.Start();
    }

    public int Failed => (int)Interlocked.Read(ref failed);

    public void Dispose() => listener.Dispose();
}
