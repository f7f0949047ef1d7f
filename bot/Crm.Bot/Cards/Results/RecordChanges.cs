using Crm.Bot.Cards.Elements;
using Crm.Bot.Cards.Wording;
using Crm.Data.Activities;
using Crm.Data.Store;
using Crm.Data.Audit;
using Crm.Skills.Results;

namespace Crm.Bot.Cards.Results;

/// <summary>
/// What a change set did, record by record: a line naming the record and what happened to it, then
/// one fact per field ("Stage: Proposal → Negotiation"; people and linked records by name, not id).
/// Shared by saved, previewed and undone writes.
/// </summary>
internal static class RecordChanges
{
    public static IEnumerable<CardElement> Elements(IReadOnlyList<RecordChange> records, RenderScope scope)
    {
        foreach (var record in records)
        {
            yield return new TextBlock(Headline(record, scope)) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium };
            var facts = record.Fields
                .Where(f => Shown(record, f))
                .Select(f => new Fact(scope.Words.Field(f.Field), Value(record, f, scope)))
                .ToArray();
            if (facts.Length > 0)
                yield return new FactSet(facts) { Spacing = Spacing.Small };
        }
    }

    /// <summary>
    /// Bookkeeping is left off: who created a record is the person reading the card, and stamps and
    /// concurrency tokens mean nothing to people. Created records show only the values they were given.
    /// </summary>
    private static bool Shown(RecordChange record, FieldDelta field)
    {
        var key = FieldKey.Normalize(field.Field);
        if (key is "version" or "updatedat" or "createdat" or "position" or "normalizedalias")
            return false;
        if (record.Kind != ChangeKind.Created)
            return true;
        return !string.IsNullOrEmpty(field.New) && field.New != "false"
            && key is not ("ownerid" or "userid" or "createdbyid")
            && !(key == "source" && field.New == "chat");
    }

    private static string Headline(RecordChange record, RenderScope scope)
    {
        var name = record.Entity == "activities" && StoredEnum.TryParse<ActivityType>(record.Label, out var type) ? scope.Words.ActivityType(type) : record.Label;
        var label = string.IsNullOrWhiteSpace(name) || name == record.RecordId ? record.RecordId
            : name.Contains(record.RecordId, StringComparison.Ordinal) ? name : name + scope.Words.Aside(record.RecordId);
        return $"{scope.Words.Entity(record.Entity)} · {label} · {scope.Words.Kind(record.Kind)}";
    }

    private static string Value(RecordChange record, FieldDelta field, RenderScope scope) => record.Kind switch
    {
        ChangeKind.Created => field.NewName ?? scope.Values.Show(record.Entity, field, field.New),
        ChangeKind.Deleted => field.OldName ?? scope.Values.Show(record.Entity, field, field.Old),
        _ => $"{field.OldName ?? scope.Values.Show(record.Entity, field, field.Old)} → {field.NewName ?? scope.Values.Show(record.Entity, field, field.New)}",
    };
}
