using System.Text.Json;
using Crm.Bot.Protocol;
using Crm.Skills.Conversation;

namespace Crm.Bot.Teams;

/// <summary>
/// Inbound mapping shared by every channel that speaks Bot Framework (Teams, Direct Line, replay):
/// a message activity, whose sender is already mapped to a CRM user, becomes a <see cref="TurnInput"/>.
/// </summary>
public static class ActivityTurnMapping
{
    /// <param name="attachments">Attachments already read (see <see cref="InboundAttachments"/>); null takes the inline text ones.</param>
    public static TurnInput ToTurnInput(Activity activity, string crmUserId, DateTimeOffset now, IReadOnlyList<TurnAttachment>? attachments = null) => new()
    {
        UserId = crmUserId,
        ConversationId = activity.Conversation?.Id ?? throw new ArgumentException("The activity has no conversation id.", nameof(activity)),
        MessageId = activity.Id,
        Text = Mentions.StripBotMention(activity) is { Length: > 0 } text ? text : null,
        ReceivedAt = activity.Timestamp ?? now,
        Attachments = attachments ?? InboundAttachments.Inline(activity),
        CardValue = CardValue(activity),
        Kind = KindOf(activity.Conversation),
    };

    /// <summary>
    /// The pressed button's data: Action.Submit arrives as a message <c>value</c>, Universal Actions as an
    /// invoke whose <c>value.action.data</c> holds it. Only objects count; Web Chat's string data arrives as text.
    /// </summary>
    public static JsonElement? CardValue(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }
        if (activity.Type == ActivityTypes.Invoke)
        {
            return value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
                && action.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                    ? data.Clone()
                    : null;
        }
        return value.Clone();
    }

    public static ConversationKind KindOf(ConversationAccount? conversation) => conversation?.ConversationType switch
    {
        "channel" => ConversationKind.Channel,
        "groupChat" => ConversationKind.Group,
        "personal" => ConversationKind.Personal,
        _ => conversation?.IsGroup == true ? ConversationKind.Group : ConversationKind.Personal,
    };
}
