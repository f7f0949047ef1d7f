namespace Crm.Bot.Benchmarks.Messages;

/// <summary>
/// Garbage collections by the oldest generation each collected, and the time they paused the whole process. A pause
/// stalls every request in flight at once, so it lands in the latency of all of them.
/// </summary>
internal readonly record struct GarbageCollections(int Gen0, int Gen1, int Gen2, TimeSpan Paused)
{
    public int Count => Gen0 + Gen1 + Gen2;

    /// <summary>Since the process started. <see cref="GC.CollectionCount"/> counts a generation's collection in every younger one too.</summary>
    public static GarbageCollections SoFar()
    {
        var (all, gen1AndUp, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        return new GarbageCollections(all - gen1AndUp, gen1AndUp - gen2, gen2, GC.GetTotalPauseDuration());
    }

    public static GarbageCollections operator -(GarbageCollections after, GarbageCollections before) =>
        new(after.Gen0 - before.Gen0, after.Gen1 - before.Gen1, after.Gen2 - before.Gen2, after.Paused - before.Paused);
}
