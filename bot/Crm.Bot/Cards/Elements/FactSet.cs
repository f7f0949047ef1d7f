using System.Text.Json.Nodes;

namespace Crm.Bot.Cards.Elements;

/// <summary>Label/value pairs, the compact way to show one record's fields.</summary>
public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement
{
    public override JsonObject ToJson()
    {
        var json = Start("FactSet");
        json["facts"] = new JsonArray([.. Facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value })]);
        return json;
    }
}

public sealed record Fact(string Title, string Value);
