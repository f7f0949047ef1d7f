using Crm.Bot.Cards.Elements;
using Crm.Data.Audit;
using Crm.Skills.Results;

namespace Crm.Bot.Cards.Results;

/// <summary>
/// What a change set did, record by record: a line naming the record and what happened to it, then
/// one fact per field ("Stage: Proposal → Negotiation"). Shared by saved, previewed and undone writes.
/// </summary>
internal static class RecordChanges
{
    public static IEnumerable<CardElement> Elements(IReadOnlyList<RecordChange> records, RenderScope scope)
    {
        foreach (var record in records)
        {
            yield return new TextBlock(Headline(record, scope)) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium };
            var facts = record.Fields
                .Where(f => record.Kind != ChangeKind.Created || !string.IsNullOrEmpty(f.New))
                .Select(f => new Fact(scope.Words.Field(f.Field), Value(record, f, scope)))
                .ToArray();
            if (facts.Length > 0)
                yield return new FactSet(facts) { Spacing = Spacing.Small };
        }
    }

    private static string Headline(RecordChange record, RenderScope scope)
    {
        var label = string.IsNullOrWhiteSpace(record.Label) || record.Label == record.RecordId ? record.RecordId : $"{record.Label} ({record.RecordId})";
        return $"{scope.Words.Entity(record.Entity)} · {label} · {scope.Words.Kind(record.Kind)}";
    }

    private static string Value(RecordChange record, FieldDelta field, RenderScope scope) => record.Kind switch
    {
        ChangeKind.Created => scope.Values.Show(record.Entity, field, field.New),
        ChangeKind.Deleted => scope.Values.Show(record.Entity, field, field.Old),
        _ => $"{scope.Values.Show(record.Entity, field, field.Old)} → {scope.Values.Show(record.Entity, field, field.New)}",
    };
}
