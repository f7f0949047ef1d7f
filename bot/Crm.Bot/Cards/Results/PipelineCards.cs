using Crm.Bot.Cards.Elements;
using Crm.Bot.Cards.Wording;
using Crm.Skills.Results;

namespace Crm.Bot.Cards.Results;

/// <summary>
/// Pipeline (behaviour §5): one row per stage (name and weight, a bar, count and totals per currency),
/// then the total and the weighted total. Bars are coloured columns whose width is the stage's share of
/// the largest stage, by amount when one currency is in play and by deal count otherwise.
/// </summary>
internal static class PipelineCards
{
    public static RenderedMessage Pipeline(PipelineResult result, RenderScope scope)
    {
        var (words, format) = (scope.Words, scope.Format);
        List<CardElement> body =
        [
            RenderScope.Heading(words.Pipeline(ScopeText.Describe(result.ScopeDescription, words, _ => result.ScopeOwnerName) ?? result.ScopeDescription)),
            RenderScope.Note(words.Period(result.From is { } f ? format.Date(f) : null, result.To is { } t ? format.Date(t) : null)),
        ];
        var shares = Shares(result);
        body.AddRange(result.Stages.Select((stage, i) => StageRow(stage, shares[i], scope)));
        var deals = result.Stages.Sum(s => s.Count);
        // "break down the west pipeline by rep": each owner's count and totals.
        if (result.Owners is { Count: > 0 } owners)
            body.Add(new FactSet([.. owners.Select(o => new Fact(o.Name, WithCount(words.DealCount(o.Count), format.Totals(o.Totals))))]) { Separator = true });
        body.Add(new FactSet(
        [
            new(words.Total, WithCount(words.DealCount(deals), format.Totals(result.Totals))),
            new(words.WeightedTotal, result.WeightedTotals.Count > 0 ? format.Totals(result.WeightedTotals) : "0"),
        ]) { Separator = true, Spacing = Spacing.Medium });
        return RenderScope.Message(new AdaptiveCard(body) { FullWidth = true });
    }

    private static ColumnSet StageRow(PipelineStage stage, double share, RenderScope scope)
    {
        var (words, format) = (scope.Words, scope.Format);
        var name = new TextBlock($"{words.Stage(stage.Stage)} · {format.Percent(stage.Weight)}") { Weight = TextWeight.Bolder };
        var figures = new TextBlock(WithCount(words.DealCount(stage.Count), format.Totals(stage.Totals)));
        return new ColumnSet(
        [
            new Column(ColumnWidth.Relative(3), [name]) { VerticalCenter = true },
            new Column(ColumnWidth.Relative(4), [Bar(share)]) { VerticalCenter = true },
            new Column(ColumnWidth.Relative(4), [figures]) { VerticalCenter = true },
        ]) { Spacing = Spacing.Small };
    }

    private static string WithCount(string count, string totals) => totals.Length == 0 ? count : $"{count} · {totals}";

    /// <summary>A bar: a filled column of weight 1..100 and an empty remainder.</summary>
    private static ColumnSet Bar(double share)
    {
        var filled = share <= 0 ? 0 : Math.Clamp((int)Math.Round(share * 100), 1, 100);
        List<Column> columns = [];
        if (filled > 0)
            columns.Add(new Column(ColumnWidth.Relative(filled), []) { Style = ContainerStyle.Accent, MinHeight = "12px" });
        if (filled < 100)
            columns.Add(new Column(ColumnWidth.Relative(100 - filled), []) { Style = ContainerStyle.Emphasis, MinHeight = "12px", Spacing = Spacing.None });
        return new ColumnSet(columns) { Spacing = Spacing.None };
    }

    private static double[] Shares(PipelineResult result)
    {
        var currencies = result.Stages.SelectMany(s => s.Totals).Select(t => t.Currency).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        var sizes = result.Stages.Select(s => currencies == 1 ? (double)s.Totals.Sum(t => t.Amount) : s.Count).ToArray();
        var largest = sizes.DefaultIfEmpty(0).Max();
        return [.. sizes.Select(v => largest > 0 ? v / largest : 0)];
    }
}
