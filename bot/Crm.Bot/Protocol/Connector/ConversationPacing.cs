using System.Collections.Concurrent;
using Crm.Bot.Hosting;

namespace Crm.Bot.Protocol.Connector;

/// <summary>
/// Keeps sends to one conversation within Teams' per-bot, per-thread limits (TEAMS rate-limit: 7 per
/// second, 60 per 30 seconds): a token bucket of 7 that refills one token every 500 ms. A long reply
/// split into many messages is paced instead of throttled with 429s; sends wait in the order they came.
/// A bucket is refilled from the time passed whenever it is used, not by a timer of its own: a busy bot
/// talks in thousands of conversations, and a timer per conversation firing twice a second cost a
/// measurable share of its CPU.
/// </summary>
internal sealed class ConversationPacing(TimeProvider time)
{
    private const int Burst = 7;
    private const int MaxConversations = 10_000;
    private static readonly TimeSpan Refill = TimeSpan.FromMilliseconds(500);
    private readonly ConcurrentDictionary<string, Bucket> buckets = new(StringComparer.Ordinal);
    private readonly OccasionalCheck sizeCheck = new(1_000);

    public async Task WaitAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (sizeCheck.IsDue() && buckets.Count > MaxConversations)
        {
            // Idle conversations' buckets are full anyway; forgetting them loses nothing.
            buckets.Clear();
        }
        var now = time.GetTimestamp();
        var wait = buckets.GetOrAdd(conversationId, _ => new Bucket(now)).Take(now, time);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    private sealed class Bucket(long createdAt)
    {
        private readonly Lock gate = new();
        private double tokens = Burst;
        private long refilledAt = createdAt;

        /// <summary>Takes a token; below zero is a place in the queue, waited out one refill per place.</summary>
        public TimeSpan Take(long now, TimeProvider time)
        {
            lock (gate)
            {
                tokens = Math.Min(Burst, tokens + time.GetElapsedTime(refilledAt, now) / Refill);
                refilledAt = now;
                tokens -= 1;
                return tokens >= 0 ? TimeSpan.Zero : Refill * -tokens;
            }
        }
    }
}
