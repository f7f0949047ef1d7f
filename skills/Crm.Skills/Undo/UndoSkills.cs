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

    [Description("Put one record that an earlier change of the acting user in this conversation wrote back the way it was, keeping the rest of that change ('no, I meant the other deal': the deal changed by mistake goes back, then update the one meant). The change set id comes from get_last_change.")]
    public async Task<SkillResult> RevertRecordAsync(
        [Description("Id of the earlier change set")] long changeSetId,
        [Description("Id of the record to put back, e.g. D-1001")] string recordId,
        CancellationToken ct = default)
    {
        var conversation = writer.Message?.ConversationId;
        var target = await db.ChangeSets.Include(c => c.Changes)
            .FirstOrDefaultAsync(c => c.Id == changeSetId && c.UserId == current.Id && c.ConversationId == conversation && c.UndoneBy == null && c.Undoes == null, ct);
        var rows = target?.Changes.Where(c => c.RecordId == recordId).OrderBy(c => c.Id).ToList();
        if (rows is not { Count: > 0 })
            return writer.Refuse(new RefusalResult(RefusalReason.NothingToUndo, $"No change of yours here wrote {recordId}."));
        if (await applier.RevertAsync(rows, ct) is { } conflict)
            return writer.Refuse(conflict);
        // Putting one's own change back needs no new permission.
        return await writer.SaveAsync(checkPermissions: false, ct);
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
