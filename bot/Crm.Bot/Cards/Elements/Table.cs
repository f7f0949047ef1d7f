using System.Text.Json.Nodes;

namespace Crm.Bot.Cards.Elements;

/// <summary>
/// A table (new in 1.5). The first row is the header. Each cell holds one text, which is what
/// lists of deals and tickets need; <paramref name="ColumnWeights"/> sets relative column widths.
/// </summary>
public sealed record Table(IReadOnlyList<int> ColumnWeights, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) : CardElement
{
    public override JsonObject ToJson()
    {
        var json = Start("Table");
        json["columns"] = new JsonArray([.. ColumnWeights.Select(w => (JsonNode)new JsonObject { ["width"] = w })]);
        json["rows"] = new JsonArray([Row(Header, bold: true), .. Rows.Select(r => Row(r, bold: false))]);
        return json;
    }

    private static JsonNode Row(IReadOnlyList<string> cells, bool bold) => new JsonObject
    {
        ["type"] = "TableRow",
        ["cells"] = new JsonArray([.. cells.Select(text => (JsonNode)new JsonObject
        {
            ["type"] = "TableCell",
            ["items"] = new JsonArray(new TextBlock(text) { Weight = bold ? TextWeight.Bolder : TextWeight.Default }.ToJson()),
        })]),
    };
}
