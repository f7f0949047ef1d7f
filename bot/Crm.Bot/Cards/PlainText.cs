using System.Text;
using System.Text.Json.Nodes;

namespace Crm.Bot.Cards;

/// <summary>
/// Reads a card as plain text, line by line: what the terminal chat prints and what a client
/// without cards shows. Derived from the card itself, so the text never omits a figure or id
/// the card shows. Buttons become a closing "[Undo] [Cancel]" line (type the word instead).
/// </summary>
public static class PlainText
{
    public static string FromCard(JsonObject card)
    {
        var lines = new List<string>();
        Elements(card["body"] as JsonArray, lines);
        var buttons = Buttons(card["actions"] as JsonArray);
        if (buttons.Length > 0)
            lines.Add(buttons);
        return string.Join('\n', lines.Where(l => l.Length > 0));
    }

    private static void Elements(JsonArray? elements, List<string> lines)
    {
        foreach (var element in elements?.OfType<JsonObject>() ?? [])
            Element(element, lines);
    }

    private static void Element(JsonObject element, List<string> lines)
    {
        switch ((string?)element["type"])
        {
            case "TextBlock":
                lines.Add((string?)element["text"] ?? "");
                break;
            case "FactSet":
                foreach (var fact in (element["facts"] as JsonArray ?? []).OfType<JsonObject>())
                    lines.Add(Fact((string?)fact["title"] ?? "", (string?)fact["value"] ?? ""));
                break;
            case "Container":
                Elements(element["items"] as JsonArray, lines);
                break;
            case "ColumnSet":
                lines.Add(Columns(element));
                break;
            case "Table":
                foreach (var row in (element["rows"] as JsonArray ?? []).OfType<JsonObject>())
                    lines.Add(string.Join(" | ", (row["cells"] as JsonArray ?? []).OfType<JsonObject>().Select(c => Inline(c["items"] as JsonArray))));
                break;
            case "ActionSet":
                lines.Add(Buttons(element["actions"] as JsonArray));
                break;
            case "Input.ChoiceSet":
                var n = 0;
                foreach (var choice in (element["choices"] as JsonArray ?? []).OfType<JsonObject>())
                    lines.Add($"{++n}. {(string?)choice["title"]}");
                break;
        }
    }

    /// <summary>"Stage: Proposal", or "阶段：方案报价" when the label is Chinese.</summary>
    private static string Fact(string title, string value) =>
        title.Any(c => c is >= '\u4e00' and <= '\u9fff') ? $"{title}：{value}" : $"{title}: {value}";

    /// <summary>Columns read left to right on one line; bar segments (no items) add nothing.</summary>
    private static string Columns(JsonObject columnSet) =>
        string.Join("  ", (columnSet["columns"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(c => Inline(c["items"] as JsonArray)).Where(t => t.Length > 0));

    private static string Inline(JsonArray? items)
    {
        var lines = new List<string>();
        Elements(items, lines);
        return string.Join(' ', lines.Where(l => l.Length > 0));
    }

    private static string Buttons(JsonArray? actions)
    {
        var text = new StringBuilder();
        foreach (var action in actions?.OfType<JsonObject>() ?? [])
            text.Append(text.Length > 0 ? " " : "").Append('[').Append((string?)action["title"]).Append(']');
        return text.ToString();
    }
}
