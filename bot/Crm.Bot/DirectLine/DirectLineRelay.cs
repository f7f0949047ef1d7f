using Crm.Bot.Protocol;
using Crm.Bot.Teams;
using Microsoft.Extensions.Options;

namespace Crm.Bot.DirectLine;

/// <summary>
/// The channel's side of Direct Line (PROTOCOLS §3.3): announces a new conversation to the bot, stamps
/// each posted activity, logs it (the echo Web Chat waits for, <c>channelData</c> untouched) and runs it
/// through the same pipeline as Teams, as local traffic whose <c>from.id</c> is a CRM user id.
/// </summary>
internal sealed class DirectLineRelay(
    ActivityProcessor processor,
    BackgroundTurns background,
    Protocol.Connector.TrustedServiceUrls trusted,
    IOptions<BotOptions> botOptions,
    TimeProvider time,
    ILogger<DirectLineRelay> logger)
{
    public const string ChannelId = "directline";
    public const string BotId = "crm-bot";
    public const string BotName = "CRM Bot";

    public static ChannelAccount Bot() => new() { Id = BotId, Name = BotName, Role = "bot" };

    /// <summary>Tells the bot the user and the bot joined, so it greets; clients never see this activity.</summary>
    public void Announce(DirectLineConversation conversation, string? userId, string? locale, string serviceUrl)
    {
        var user = new ChannelAccount { Id = userId ?? "user", Role = "user" };
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = $"{conversation.Id}|start",
            Timestamp = time.GetUtcNow(),
            ChannelId = ChannelId,
            ServiceUrl = serviceUrl,
            From = user,
            Recipient = Bot(),
            Conversation = new ConversationAccount { Id = conversation.Id },
            MembersAdded = [Bot(), user],
            Locale = locale,
        };
        _ = background.Run(ct => processor.ProcessAsync(update, ActivityOrigin.Local, new DirectLineSender(conversation, time), ct));
    }

    /// <summary>
    /// Logs the posted activity and runs its turn. Waits for the turn as long as the Bot Connector would
    /// (a turn that outlives that keeps going and its replies still arrive); a failed turn is a 502.
    /// </summary>
    public async Task<(Activity Logged, bool BotFailed)> PostAsync(DirectLineConversation conversation, Activity posted, string serviceUrl)
    {
        posted.ChannelId = posted.ChannelId is "webchat" ? "webchat" : ChannelId;
        posted.From ??= new ChannelAccount();
        posted.From.Role = "user";
        posted.Recipient = Bot();
        posted.ServiceUrl = serviceUrl;
        posted.CallerId = null;
        if (Protocol.Connector.TrustedServiceUrls.IsLoopback(serviceUrl))
        {
            // Proactive messages for this conversation may come back here through the Connector client.
            trusted.Trust(serviceUrl);
        }
        if (posted.Type == ActivityTypes.Typing)
        {
            // The bot does not act on the user's typing and there is no other member to show it to.
            posted.Id = $"{conversation.Id}|typing-{Guid.NewGuid():N}";
            return (posted, false);
        }
        var logged = conversation.Append(posted, time.GetUtcNow());
        // The pipeline gets its own copy: the log keeps exactly what the client sent, plus the channel's stamps.
        var forBot = ActivityJson.Parse(ActivityJson.Serialize(logged))!;
        var work = background.Run(ct => processor.ProcessAsync(forBot, ActivityOrigin.Local, new DirectLineSender(conversation, time), ct));
        // WaitAsync drops its timer when the turn is done (see BotMessagesEndpoint).
        await ((Task)work).WaitAsync(botOptions.Value.AcknowledgeAfter, time).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (work.IsFaulted)
        {
            logger.LogWarning(work.Exception, "Direct Line activity {ActivityId} failed in the bot", logged.Id);
        }
        return (logged, work.IsFaulted);
    }
}
