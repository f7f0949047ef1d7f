using Crm.Bot.Protocol;
using Crm.Bot.Teams;

namespace Crm.Bot.DirectLine;

/// <summary>
/// Where the bot's activities go on Direct Line: straight into the conversation's log and open streams,
/// stamped as the channel stamps them. Replacing a sent card is not part of Direct Line, so updates are
/// refused and the pipeline sends a new message instead. A card's plain-text twin becomes its summary.
/// </summary>
public sealed class DirectLineSender(DirectLineConversation conversation, TimeProvider time) : IActivitySender
{
    public Task<string?> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        activity.ChannelId ??= DirectLineRelay.ChannelId;
        activity.From ??= DirectLineRelay.Bot();
        activity.From.Role = "bot";
        if (activity.Text is { } text && activity.Attachments?.Any(a => a.ContentType == ContentTypes.AdaptiveCard) == true)
        {
            // Web Chat shows text and card as two bubbles saying the same thing; the card is the answer,
            // and the plain text stays on the activity as its summary (what notifications and screen readers use).
            activity.Summary ??= text;
            activity.Text = null;
            activity.TextFormat = null;
        }
        return Task.FromResult(conversation.Append(activity, time.GetUtcNow()).Id);
    }

    public Task<bool> UpdateAsync(string activityId, Activity activity, CancellationToken cancellationToken) => Task.FromResult(false);
}
