using Crm.Bot.Cards;
using Crm.Bot.Protocol;

namespace Crm.Bot.Teams;

/// <summary>
/// Outbound mapping shared by Teams, Direct Line and replay: a rendered reply becomes the message
/// activities the bot sends for one incoming activity (REST send-and-receive: from/recipient swapped,
/// same conversation, <c>replyToId</c> = the incoming id). Each stays within Teams' limits (§6.4).
/// </summary>
public static class ReplyActivities
{
    /// <summary>Teams shows at most three suggested actions (TEAMS suggested-actions).</summary>
    public const int MaxSuggestedActions = 3;

    public static IReadOnlyList<Activity> From(RenderedReply reply, Activity incoming) =>
        reply.Messages.SelectMany(message => ReplySplitter.Split(Message(message, incoming))).ToList();

    public static Activity Message(RenderedMessage message, Activity incoming)
    {
        var activity = Reply(incoming, ActivityTypes.Message);
        activity.Text = string.IsNullOrEmpty(message.Text) ? null : message.Text;
        activity.TextFormat = activity.Text is null ? null : "plain";
        if (message.Card is not null)
        {
            activity.Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = ActivityJson.ToElement(message.Card) }];
        }
        if (message.SuggestedActions.Count > 0)
        {
            activity.SuggestedActions = new SuggestedActions
            {
                Actions = message.SuggestedActions.Take(MaxSuggestedActions)
                    .Select(s => new CardAction { Type = "imBack", Title = s.Title, Value = ActivityJson.ToElement(s.Value) })
                    .ToList(),
            };
        }
        return activity;
    }

    /// <summary>A typing indicator for the incoming activity's conversation (A6000).</summary>
    public static Activity Typing(Activity incoming) => Reply(incoming, ActivityTypes.Typing);

    /// <summary>
    /// The envelope of any reply. Fields the channel owns (id, timestamp, serviceUrl, isGroup,
    /// conversationType, callerId) are left out, as ACT A2031/A2041/A2302/A2083 require.
    /// </summary>
    public static Activity Reply(Activity incoming, string type) => new()
    {
        Type = type,
        ChannelId = incoming.ChannelId,
        From = incoming.Recipient is { } bot ? new ChannelAccount { Id = bot.Id, Name = bot.Name } : null,
        Recipient = incoming.From is { } user ? new ChannelAccount { Id = user.Id, Name = user.Name, AadObjectId = user.AadObjectId } : null,
        Conversation = incoming.Conversation is { } c ? new ConversationAccount { Id = c.Id, Name = c.Name, TenantId = c.TenantId } : null,
        ReplyToId = incoming.Id,
        Locale = incoming.Locale,
    };
}
