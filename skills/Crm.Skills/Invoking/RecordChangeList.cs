using Crm.Data.Audit;
using Crm.Skills.Results;

namespace Crm.Skills.Invoking;

/// <summary>
/// What one message changed, one entry per record in first-touched order. A record written twice in
/// one message shows once: created-then-updated is "created" with the final values; updated twice
/// keeps the first old value and the last new one; created-then-deleted disappears.
/// </summary>
internal sealed class RecordChangeList
{
    private readonly List<RecordChange> _records = [];

    public IReadOnlyList<RecordChange> Records => _records;

    public void Add(RecordChange change)
    {
        var index = _records.FindIndex(r => r.Entity == change.Entity && r.RecordId == change.RecordId);
        if (index < 0)
        {
            _records.Add(change);
            return;
        }
        var merged = Merge(_records[index], change);
        if (merged is null)
            _records.RemoveAt(index);
        else
            _records[index] = merged;
    }

    private static RecordChange? Merge(RecordChange first, RecordChange then)
    {
        if (first.Kind == ChangeKind.Created && then.Kind == ChangeKind.Deleted)
            return null;
        var fields = first.Fields.ToList();
        foreach (var delta in then.Fields)
        {
            var i = fields.FindIndex(f => f.Field == delta.Field);
            if (i < 0)
                fields.Add(delta);
            else
                fields[i] = fields[i] with { New = delta.New, NewName = delta.NewName, Currency = delta.Currency ?? fields[i].Currency };
        }
        fields.RemoveAll(f => first.Kind == ChangeKind.Updated && f.Old == f.New);
        var kind = first.Kind == ChangeKind.Created ? ChangeKind.Created : then.Kind;
        return first with { Kind = kind, Label = then.Label, Fields = fields };
    }
}
