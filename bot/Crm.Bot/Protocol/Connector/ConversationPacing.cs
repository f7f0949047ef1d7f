using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace Crm.Bot.Protocol.Connector;

/// <summary>
/// Keeps sends to one conversation within Teams' per-bot, per-thread limits (TEAMS rate-limit: 7 per
/// second, 60 per 30 seconds): a token bucket of 7 that refills one token every 500 ms. A long reply
/// split into many messages is paced instead of throttled with 429s.
/// </summary>
internal sealed class ConversationPacing
{
    private const int MaxConversations = 10_000;
    private readonly ConcurrentDictionary<string, TokenBucketRateLimiter> limiters = new(StringComparer.Ordinal);

    public async Task WaitAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (limiters.Count > MaxConversations)
        {
            // Idle conversations' buckets are full anyway; forgetting them loses nothing.
            limiters.Clear();
        }
        var limiter = limiters.GetOrAdd(conversationId, _ => new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = 7,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromMilliseconds(500),
            QueueLimit = 1_000,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        }));
        using var lease = await limiter.AcquireAsync(1, cancellationToken);
    }
}
