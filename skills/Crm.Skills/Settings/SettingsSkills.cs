using System.ComponentModel;
using Crm.Data.Settings;
using Crm.Data.Store;
using Crm.Skills.Acting;
using Crm.Skills.Invoking;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Settings;

/// <summary>Preferences: "confirm before writing", per user or as the company default (admins only).</summary>
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
