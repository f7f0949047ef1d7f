using System.Text.Json;
using Crm.Bot.Protocol;
using Crm.Data.Exchange;

namespace Crm.Bot.Benchmarks.Messages;

/// <summary>One inbound activity of the benchmark, serialised once before the clock starts.</summary>
internal sealed record BenchRequest(string ActivityId, string Json, bool IsRead);

/// <summary>
/// Teams-shaped personal-chat messages from the synthetic store's reps: writes (log a call or meeting,
/// move a deal, remind me, open a ticket) and reads (tell me about an account, my pipeline), each with
/// a unique activity id. Conversations are many, each belongs to one rep and is used by one request at a
/// time, as a crowd of people talking to the bot would, so Teams' per-conversation pacing is not what is
/// measured. There are as many conversations as give each about four of the first <c>span</c> messages
/// (the least warm-up plus the timed requests), so most start during the warm-up and timed messages go on
/// conversations the bot knows, as most messages to a bot in use do. Activities are serialised as they are
/// taken, so a long warm-up does not hold them all in memory.
/// </summary>
internal static class BenchActivities
{
    public const string BotId = "28:crm-bench-bot";
    private const string EnglishPipeline = "what's my pipeline this quarter?";
    private const string ChinesePipeline = "我这个季度的销售漏斗怎么样？";

    public static IEnumerable<BenchRequest> Create(ExchangeDocument store, int count, int span, string serviceUrl, DateTimeOffset now)
    {
        var messages = BenchmarkMessages.Create(store, count, seed: 23);
        var users = store.Users.ToDictionary(u => u.Id);
        var senders = messages.Select(m => m.UserId).Distinct().Count();
        var conversationsPerUser = Math.Max(64, span / 4 / Math.Max(1, senders));
        var sentBy = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var (userId, text) = messages[i];
            var user = users[userId];
            var chinese = user.Locale.StartsWith("zh", StringComparison.Ordinal);
            // Every fourth message asks about the pipeline; the others come from the rep's mix of writes and account look-ups.
            var pipeline = i % 4 == 3;
            if (pipeline)
            {
                text = chinese ? ChinesePipeline : EnglishPipeline;
            }
            var id = $"bench-{i:000000}";
            var ordinal = sentBy[userId] = sentBy.GetValueOrDefault(userId) + 1;
            var activity = new Activity
            {
                Type = ActivityTypes.Message,
                Id = id,
                Timestamp = now,
                ServiceUrl = serviceUrl,
                ChannelId = "msteams",
                From = new ChannelAccount { Id = "29:" + userId, Name = user.Name, AadObjectId = SyntheticStore.AadObjectId(userId) },
                Recipient = new ChannelAccount { Id = BotId, Name = "CRM Bot" },
                Conversation = new ConversationAccount { Id = $"a:bench-{userId}-{ordinal % conversationsPerUser}", ConversationType = "personal", TenantId = "bench-tenant" },
                Locale = user.Locale,
                Text = text,
                ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = "bench-tenant" } }),
            };
            yield return new BenchRequest(id, ActivityJson.Serialize(activity), pipeline || IsRead(text));
        }
    }

    private static bool IsRead(string text) =>
        text.StartsWith("tell me about", StringComparison.Ordinal) || text.EndsWith("现在什么情况", StringComparison.Ordinal);
}
