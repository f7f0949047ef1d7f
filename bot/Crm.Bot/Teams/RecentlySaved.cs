using System.Collections.Concurrent;

namespace Crm.Bot.Teams;

/// <summary>
/// What this process last wrote per key and when, bounded: past <see cref="Limit"/> entries it forgets those
/// older than the refresh period first, then the oldest half. Forgetting everything at once (as it did) made
/// a bot with more active conversations than the limit rewrite a reference on nearly every message.
/// </summary>
internal sealed class RecentlySaved(int limit, TimeSpan refresh)
{
    private readonly ConcurrentDictionary<string, (string Snapshot, DateTimeOffset SavedAt)> saved = new(StringComparer.Ordinal);
    private readonly Lock trimming = new();

    public int Count => saved.Count;

    /// <summary>True when <paramref name="snapshot"/> is what was saved for <paramref name="key"/> less than the refresh period ago.</summary>
    public bool IsFresh(string key, string snapshot, DateTimeOffset now) =>
        saved.TryGetValue(key, out var last) && last.Snapshot == snapshot && now - last.SavedAt < refresh;

    public void Saved(string key, string snapshot, DateTimeOffset now)
    {
        saved[key] = (snapshot, now);
        if (saved.Count > limit)
        {
            Trim(now);
        }
    }

    public void Forget(string key) => saved.TryRemove(key, out _);

    private void Trim(DateTimeOffset now)
    {
        lock (trimming)
        {
            if (saved.Count <= limit)
            {
                return;
            }
            foreach (var (key, value) in saved)
            {
                if (now - value.SavedAt >= refresh)
                {
                    saved.TryRemove(key, out _);
                }
            }
            if (saved.Count <= limit)
            {
                return;
            }
            foreach (var (key, _) in saved.OrderBy(e => e.Value.SavedAt).Take(saved.Count - limit / 2).ToList())
            {
                saved.TryRemove(key, out _);
            }
        }
    }
}
