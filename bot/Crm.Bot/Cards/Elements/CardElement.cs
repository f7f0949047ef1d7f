using System.Text.Json.Nodes;

namespace Crm.Bot.Cards.Elements;

/// <summary>
/// An Adaptive Card 1.5 body element. Each subtype emits exactly the JSON the 1.5 schema accepts:
/// defaults are omitted (the official renderer drops them on round-trip, which the card check reads
/// as an unknown property) and nothing outside the schema is written.
/// </summary>
public abstract record CardElement
{
    public Spacing Spacing { get; init; }
    public bool Separator { get; init; }

    public abstract JsonObject ToJson();

    /// <summary>Starts the element's JSON with its type and the spacing/separator every element shares.</summary>
    protected JsonObject Start(string type)
    {
        var json = new JsonObject { ["type"] = type };
        if (Spacing != Spacing.Default)
            json["spacing"] = CardEnum.Name(Spacing);
        if (Separator)
            json["separator"] = true;
        return json;
    }

    internal static JsonArray ToArray(IEnumerable<CardElement> elements) => [.. elements.Select(e => (JsonNode)e.ToJson())];
}
