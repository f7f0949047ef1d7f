using Crm.Bot.Protocol;

namespace Crm.Bot.Teams;

/// <summary>
/// Teams-shaped activities for callers inside the process (replay, terminal chat): a personal chat, or a
/// team channel (<c>channel:NAME</c>) where the text starts with <c>&lt;at&gt;CRM Bot&lt;/at&gt;</c> and a
/// matching mention entity, exactly as Teams sends it. Run them with <see cref="ActivityProcessor"/>,
/// <see cref="ActivityOrigin.InProcess"/> and a <see cref="CollectingActivitySender"/>.
/// </summary>
public static class InProcessActivities
{
    public const string BotId = "28:crm-bot";
    public const string BotName = "CRM Bot";
    /// <summary>Never contacted: in-process senders collect what would be sent.</summary>
    public const string ServiceUrl = "https://in-process.invalid/";

    /// <param name="userId">A CRM user id; in-process origins map <c>from.id</c> straight to it.</param>
    /// <param name="activityId">The message id (keep it deterministic: replies carry it as replyToId).</param>
    /// <param name="conversation"><c>personal</c> or <c>channel:NAME</c>.</param>
    /// <param name="scope">Keeps conversations of different runs (replay cases) apart.</param>
    public static Activity Message(
        string userId, string activityId, string text, DateTimeOffset at, string conversation = "personal",
        string? locale = null, string? timeZone = null, IReadOnlyList<Attachment>? attachments = null, string scope = "")
    {
        var channel = conversation.StartsWith("channel:", StringComparison.Ordinal) ? conversation["channel:".Length..] : null;
        return new Activity
        {
            Type = ActivityTypes.Message,
            Id = activityId,
            Timestamp = at,
            LocalTimezone = timeZone,
            ChannelId = "msteams",
            ServiceUrl = ServiceUrl,
            From = new ChannelAccount { Id = userId, Role = "user" },
            Recipient = new ChannelAccount { Id = BotId, Name = BotName, Role = "bot" },
            Conversation = channel is null
                ? new ConversationAccount { Id = $"a:{scope}personal:{userId}", ConversationType = "personal" }
                : new ConversationAccount { Id = $"19:{scope}{channel}@thread.tacv2", ConversationType = "channel", IsGroup = true, Name = channel },
            Locale = locale,
            Text = channel is null ? text : $"<at>{BotName}</at> {text}",
            TextFormat = "plain",
            Entities = channel is null ? null : [Mentions.Entity(BotId, BotName)],
            Attachments = attachments?.ToList(),
        };
    }
}
