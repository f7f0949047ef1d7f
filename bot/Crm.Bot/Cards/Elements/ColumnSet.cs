using System.Globalization;
using System.Text.Json.Nodes;

namespace Crm.Bot.Cards.Elements;

/// <summary>Columns side by side; also how a bar chart is drawn (coloured columns of weighted width).</summary>
public sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement
{
    public override JsonObject ToJson()
    {
        var json = Start("ColumnSet");
        json["columns"] = new JsonArray([.. Columns.Select(c => (JsonNode)c.ToJson())]);
        return json;
    }
}

/// <summary>
/// One column. <paramref name="Width"/> is "auto", "stretch", "Npx" or a relative weight; a
/// column with a <see cref="Style"/> and <see cref="MinHeight"/> and no items is a bar segment.
/// </summary>
public sealed record Column(ColumnWidth Width, IReadOnlyList<CardElement> Items)
{
    public ContainerStyle Style { get; init; }
    public string? MinHeight { get; init; }
    public bool VerticalCenter { get; init; }

    public JsonObject ToJson()
    {
        var json = new JsonObject { ["type"] = "Column", ["width"] = Width.ToJson() };
        if (Items.Count > 0)
            json["items"] = CardElement.ToArray(Items);
        if (Style != ContainerStyle.Default)
            json["style"] = CardEnum.Name(Style);
        if (MinHeight is not null)
            json["minHeight"] = MinHeight;
        if (VerticalCenter)
            json["verticalContentAlignment"] = "center";
        return json;
    }
}

/// <summary>A column width: a keyword ("auto", "stretch"), pixels, or a relative weight.</summary>
public readonly record struct ColumnWidth(string? Keyword, double Weight)
{
    public static ColumnWidth Auto => new("auto", 0);
    public static ColumnWidth Stretch => new("stretch", 0);
    public static ColumnWidth Pixels(int pixels) => new(pixels.ToString(CultureInfo.InvariantCulture) + "px", 0);
    public static ColumnWidth Relative(double weight) => new(null, weight);

    public JsonNode ToJson() => Keyword is not null ? JsonValue.Create(Keyword) : JsonValue.Create(Weight);
}
