using System.ComponentModel;
using Crm.Data.Audit;
using Crm.Data.Store;
using Crm.Skills.Acting;
using Crm.Skills.Invoking;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Undo;

/// <summary>
/// Undo and corrections (behaviour §2). Undo reverts the acting user's last change set in this
/// conversation, exactly, and is itself recorded as a change set; repeated undos walk further back.
/// A correction is done by calling the ordinary update skills on the records <see cref="GetLastChangeAsync"/>
/// returns, so the correction edits those records instead of writing new ones.
/// </summary>
public sealed class UndoSkills(CrmDbContext db, CurrentUser current, ChangeWriter writer, ChangeApplier applier)
{
    [Description("Undo the acting user's last change in this conversation ('undo', '撤销'): every record that message wrote goes back to how it was.")]
    public async Task<SkillResult> UndoLastAsync(CancellationToken ct = default)
    {
        var target = await LastAsync(ct);
        if (target is null)
            return writer.Refuse(new RefusalResult(RefusalReason.NothingToUndo, "There is nothing of yours to undo in this conversation."));
        // Reverting one's own change needs no new permission, and is never held for confirmation.
        writer.Confirmed = true;
        if (await applier.RevertAsync([.. target.Changes.OrderBy(c => c.Id)], ct) is { } conflict)
            return writer.Refuse(conflict);
        var saved = await writer.SaveAsync(checkPermissions: false, ct);
        if (saved is not ChangeResult change)
            return saved;
        writer.ChangeSet!.Undoes = target.Id;
        target.UndoneBy = writer.ChangeSet.Id;
        await db.SaveChangesAsync(ct);
        return new UndoResult(target.Id, change.Records);
    }

    [Description("What the acting user's last change in this conversation wrote, to correct it ('actually it was a meeting', '不对,是四十万'): then call the update skill for that record. Reads only.")]
    public async Task<SkillResult> GetLastChangeAsync(CancellationToken ct = default)
    {
        var target = await LastAsync(ct);
        if (target is null)
            return new RefusalResult(RefusalReason.NothingToUndo, "There is no earlier change of yours in this conversation.");
        var records = new List<RecordChange>();
        foreach (var group in target.Changes.OrderBy(c => c.Id).GroupBy(c => (c.Entity, c.RecordId, c.Kind)))
        {
            var type = RecordKeys.EntityType(db, group.Key.Entity);
            var entity = await RecordKeys.FindAsync(db, type, group.Key.RecordId, ct);
            var fields = group.Where(f => !RecordLabels.IsHidden(f.Field))
                .Select(f => new FieldDelta(f.Field, f.OldValue, f.NewValue, entity is null ? null : RecordLabels.CurrencyOf(entity, f.Field)));
            records.Add(new RecordChange(group.Key.Entity, group.Key.RecordId, entity is null ? group.Key.RecordId : RecordLabels.Of(entity),
                group.Key.Kind, [.. fields]));
        }
        return new LastChangeResult(target.Id, target.Text, target.At, await PeopleNames.AddAsync(db, null, records, ct));
    }

    /// <summary>The latest change set of this user here that is not undone and is not itself an undo.</summary>
    private async Task<ChangeSet?> LastAsync(CancellationToken ct)
    {
        var conversation = writer.Message?.ConversationId;
        return await db.ChangeSets.Include(c => c.Changes)
            .Where(c => c.UserId == current.Id && c.ConversationId == conversation && c.UndoneBy == null && c.Undoes == null)
            .OrderByDescending(c => c.Id).FirstOrDefaultAsync(ct);
    }
}
