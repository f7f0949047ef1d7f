using Crm.Data.Audit;
using Crm.Data.Store;
using Crm.Data.Users;
using Crm.Skills.Invoking;
using Crm.Skills.Results;
using Crm.Skills.Settings;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Conversation.Confirming;

/// <summary>
/// Turns about "confirm before writing": switching it, and applying or cancelling a preview. All go
/// through the message scope, so the setting and applied previews are attributed, audited and undoable.
/// Returns null when the message is about something else.
/// </summary>
public static class ConfirmTurn
{
    public static async Task<IReadOnlyList<SkillResult>?> TryAsync(
        CrmDbContext db, MessageScope message, TurnInput input, string text, User user, bool chinese, bool noOpenQuestion, CancellationToken ct)
    {
        if (ConfirmWords.CardDecision(input.CardValue) is { } card)
            return await DecideAsync(message, card.Apply, card.PendingId!, chinese, ct);
        if (string.IsNullOrWhiteSpace(input.Text))
            return null;
        // A bare "yes" answers an open question first; only otherwise does it confirm the latest preview.
        if (noOpenQuestion && ConfirmWords.TypedDecision(text) is { } typed && await LatestPendingAsync(db, user.Id, input.ConversationId, ct) is { } latest)
            return await DecideAsync(message, typed.Apply, latest, chinese, ct);
        if (ConfirmWords.Setting(text, chinese) is { } wish)
            return await SwitchAsync(message, wish, user, chinese, ct);
        return null;
    }

    private static async Task<IReadOnlyList<SkillResult>> DecideAsync(MessageScope message, bool apply, string pendingId, bool chinese, CancellationToken ct)
    {
        var result = apply
            ? await message.RunAsync<SettingsSkills>(s => s.ApplyPendingAsync(pendingId, ct))
            : await message.RunAsync<SettingsSkills>(s => s.CancelPendingAsync(pendingId, ct));
        var outcome = await message.CommitAsync(ct);
        if (apply)
            return [outcome ?? result];
        return result is CancelledResult
            ? [result, new MessageResult(chinese ? "已取消，没有写入任何内容。" : "Cancelled: nothing was written.")]
            : [result];
    }

    private static async Task<IReadOnlyList<SkillResult>> SwitchAsync(MessageScope message, SettingWish wish, User user, bool chinese, CancellationToken ct)
    {
        // The company default binds everyone, so only an admin may set it.
        if (wish.CompanyDefault && user.Role != UserRole.Admin)
            return [new RefusalResult(RefusalReason.NotPermitted, chinese
                ? "抱歉，只有管理员可以设置全公司的默认值；您可以只为自己设置。"
                : "Sorry, only an admin can set the company default; you can still set it just for yourself.")];
        await message.RunAsync<SettingsSkills>(s => s.SetConfirmBeforeWritingAsync(wish.Enabled, wish.CompanyDefault, ct));
        var outcome = await message.CommitAsync(ct);
        if (outcome is RefusalResult refusal)
            return [refusal];
        return [new MessageResult(Said(wish, chinese))];
    }

    private static string Said(SettingWish wish, bool chinese) => (wish.Enabled, wish.CompanyDefault, chinese) switch
    {
        (true, false, false) => "Done: I'll show you a preview with Apply and Cancel before I write anything.",
        (false, false, false) => "Done: I'll write your changes straight away, without asking first.",
        (true, true, false) => "Done: by default everyone now confirms changes before they are written.",
        (false, true, false) => "Done: by default changes are now written straight away for everyone.",
        (true, false, true) => "好的，以后写入前我会先给您预览，确认后再保存。",
        (false, false, true) => "好的，以后不再询问确认，直接保存。",
        (true, true, true) => "好的，全公司默认在写入前先确认。",
        (false, true, true) => "好的，全公司默认直接写入，不再确认。",
    };

    private static Task<string?> LatestPendingAsync(CrmDbContext db, string userId, string conversationId, CancellationToken ct) =>
        db.Set<PendingChange>().AsNoTracking()
            .Where(p => p.UserId == userId && p.ConversationId == conversationId)
            .OrderByDescending(p => p.CreatedAt)
            .Select(p => p.Id)
            .FirstOrDefaultAsync(ct);
}
