using System.ComponentModel;
using System.Globalization;
using Crm.Data.Notifications;
using Crm.Data.Settings;
using Crm.Data.Store;
using Crm.Skills.Acting;
using Crm.Skills.Invoking;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Settings;

public sealed class SettingsSkills(CrmDbContext db, CurrentUser current, ChangeWriter writer, PendingChanges pending, ChangeApplier applier)
{
    [Description("Turn 'confirm before writing' on or off: when on, writes are shown as a preview with Apply and Cancel instead of being applied at once.")]
    public async Task<SkillResult> SetConfirmBeforeWritingAsync(
        [Description("True to preview writes first, false to write at once")] bool enabled,
        [Description("True to set the company default (admins only) instead of the user's own choice")] bool companyDefault = false,
        CancellationToken ct = default)
    {
        var scope = companyDefault ? Setting.CompanyScope : current.Id;
        var value = enabled ? "true" : "false";
        var setting = await db.Set<Setting>().FirstOrDefaultAsync(s => s.Scope == scope && s.Name == SettingNames.ConfirmBeforeWriting, ct);
        if (setting is null)
            db.Add(new Setting { Scope = scope, Name = SettingNames.ConfirmBeforeWriting, Value = value });
        else
            setting.Value = value;
        return await writer.SaveAsync(ct);
    }

    [Description("Turn one kind of proactive notification on or off for the acting user ('stop renewal reminders', '开启续约提醒').")]
    public Task<SkillResult> SetNotificationsAsync(
        [Description("Which kind of notification")] NotificationKind kind,
        [Description("True to receive them, false to stop them")] bool enabled,
        CancellationToken ct = default) =>
        SetOwnAsync(SettingNames.Notifications(kind), enabled ? "on" : "off", ct);

    [Description("Snooze one notification: it is not sent again before the given day, and comes again on it (the Snooze button).")]
    public Task<SkillResult> SnoozeNotificationAsync(
        [Description("Which kind of notification")] NotificationKind kind,
        [Description("What it is about: the task, deal, account or ticket id")] string subjectId,
        [Description("The day, in the user's time zone, it comes again")] DateOnly until,
        CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(subjectId))
            return Task.FromResult<SkillResult>(writer.Refuse(Refusals.Invalid("settings", "subjectId", subjectId, "A snooze needs the record it is about.")));
        return SetOwnAsync(SettingNames.Snooze(kind, subjectId.Trim()), until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ct);
    }

    [Description("Send the acting manager's Monday pipeline digest to the conversation this message came from (a team channel), or back to their personal chat.")]
    public Task<SkillResult> SetDigestChannelAsync(
        [Description("True to post the digest in this conversation, false for the personal chat")] bool thisConversation,
        CancellationToken ct = default)
    {
        // Only the conversation the user is speaking in, never an id from elsewhere: the digest shows the
        // team's pipeline, so it must not be pointed at a conversation the user is not in.
        var here = thisConversation ? writer.Message?.ConversationId : null;
        if (here is { Length: > 400 })
            return Task.FromResult<SkillResult>(writer.Refuse(Refusals.Invalid("settings", "conversationId", null, "This conversation cannot be linked.")));
        return SetOwnAsync(SettingNames.DigestChannel, here ?? "personal", ct);
    }

    /// <summary>One of the acting user's own settings, through the writer so it is audited and undoable.</summary>
    private async Task<SkillResult> SetOwnAsync(string name, string value, CancellationToken ct)
    {
        var setting = await db.Set<Setting>().FirstOrDefaultAsync(s => s.Scope == current.Id && s.Name == name, ct);
        if (setting is null)
            db.Add(new Setting { Scope = current.Id, Name = name, Value = value });
        else
            setting.Value = value;
        return await writer.SaveAsync(ct);
    }

    [Description("Apply a previewed change the user confirmed (the Apply button): writes exactly what the preview showed.")]
    public async Task<SkillResult> ApplyPendingAsync(
        [Description("The preview's pending id, e.g. P-1a2b3c4d5e")] string pendingId,
        CancellationToken ct = default)
    {
        var found = await pending.FindAsync(pendingId, current.Id, ct);
        if (found is not { } preview)
            return writer.Refuse(Refusals.NotFound("pending_changes", pendingId));
        writer.Confirmed = true;
        if (await applier.ReplayAsync(preview.Log, ct) is { } conflict)
            return writer.Refuse(conflict);
        db.Remove(preview.Row);
        return await writer.SaveAsync(ct);
    }

    [Description("Drop a previewed change the user cancelled (the Cancel button): nothing is written.")]
    public async Task<SkillResult> CancelPendingAsync(
        [Description("The preview's pending id")] string pendingId,
        CancellationToken ct = default)
    {
        var found = await pending.FindAsync(pendingId, current.Id, ct);
        if (found is not { } preview)
            return Refusals.NotFound("pending_changes", pendingId);
        db.Remove(preview.Row);
        await db.SaveChangesAsync(ct);
        return new CancelledResult(pendingId);
    }
}
