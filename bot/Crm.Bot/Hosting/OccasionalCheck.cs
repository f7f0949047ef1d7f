namespace Crm.Bot.Hosting;

/// <summary>
/// Says yes once every <paramref name="every"/> calls, for bounds checked on every message. A
/// <see cref="System.Collections.Concurrent.ConcurrentDictionary{TKey, TValue}"/>'s <c>Count</c> takes every one
/// of its locks (their number grows with the dictionary): asked per message it was about 0.7% of the bot's CPU
/// under load. A soft memory bound loses nothing by being checked now and then.
/// </summary>
internal sealed class OccasionalCheck(int every)
{
    private int _calls;

    public bool IsDue() => Interlocked.Increment(ref _calls) % every == 0;
}
