using Crm.Data.Users;
using Crm.Skills.Customers;
using Crm.Skills.Invoking;
using Crm.Skills.Results;
using Crm.Skills.Settings;
using Crm.Skills.Tasks;

namespace Crm.Skills.Conversation.Notifying;

/// <summary>
/// Turns about notifications: their card buttons (snooze, mark done, open summary), switching a kind
/// on or off, and linking a team channel for the Monday digest. Writes go through the message scope,
/// so they are attributed, audited and undoable. Returns null when the message is about something else.
/// </summary>
public static class NotifyTurn
{
    public static async Task<TurnReply?> TryAsync(
        MessageScope message, TurnInput input, string text, User user, bool chinese, DateOnly today, CancellationToken ct)
    {
        if (NotifyCardValue.Read(input.CardValue) is { } card)
        {
            // The card was written in the user's language, and a button press carries no words to detect.
            var zh = user.SpeaksChinese;
            return new TurnReply(await PressAsync(message, card, zh, today, ct), zh ? ReplyLanguage.Chinese : ReplyLanguage.English);
        }
        if (string.IsNullOrWhiteSpace(input.Text))
            return null;
        var language = chinese ? ReplyLanguage.Chinese : ReplyLanguage.English;
        if (NotifyWords.Switch(text, chinese) is { } wish)
        {
            await message.RunAsync<SettingsSkills>(s => s.SetNotificationsAsync(wish.Kind, wish.Enabled, ct));
            return new TurnReply([await CommitAsync(message, NotifyText.Switched(wish, chinese), ct)], language);
        }
        if (NotifyWords.DigestHere(text, chinese))
            return new TurnReply([await LinkDigestAsync(message, input, user, chinese, ct)], language);
        return null;
    }

    private static async Task<IReadOnlyList<SkillResult>> PressAsync(MessageScope message, NotifyCardValue card, bool chinese, DateOnly today, CancellationToken ct)
    {
        switch (card.Button)
        {
            case NotifyButton.Summary:
                return [await message.RunAsync<CustomerSkills>(s => s.GetSummaryAsync(card.SubjectId, ct))];
            case NotifyButton.Done:
                await message.RunAsync<TaskSkills>(s => s.CompleteTaskAsync(card.SubjectId, ct));
                return [await message.CommitAsync(ct) ?? new MessageResult(chinese ? "这项待办已经完成了。" : "That task is already done.")];
            default:
                var until = today.AddDays(card.Days);
                await message.RunAsync<SettingsSkills>(s => s.SnoozeNotificationAsync(card.Kind, card.SubjectId, until, ct));
                return [await CommitAsync(message, NotifyText.Snoozed(until, chinese), ct)];
        }
    }

    private static async Task<SkillResult> LinkDigestAsync(MessageScope message, TurnInput input, User user, bool chinese, CancellationToken ct)
    {
        if (user.Role is not (UserRole.Manager or UserRole.Admin))
            return new RefusalResult(RefusalReason.NotPermitted, chinese
                ? "每周漏斗周报只发给经理，所以这里不需要设置。"
                : "The Monday pipeline digest goes to managers only, so there is nothing to set here.");
        var here = input.Kind != ConversationKind.Personal;
        await message.RunAsync<SettingsSkills>(s => s.SetDigestChannelAsync(here, ct));
        return await CommitAsync(message, NotifyText.DigestLinked(here, chinese), ct);
    }

    /// <summary>A preference saved: say so in words (a card of the setting row would mean nothing to people).</summary>
    private static async Task<SkillResult> CommitAsync(MessageScope message, string said, CancellationToken ct) =>
        await message.CommitAsync(ct) is RefusalResult refusal ? refusal : new MessageResult(said);
}
