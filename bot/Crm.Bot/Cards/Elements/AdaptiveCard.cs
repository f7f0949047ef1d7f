using System.Text.Json.Nodes;

namespace Crm.Bot.Cards.Elements;

/// <summary>
/// The card document: always version 1.5 (the highest Teams renders) with its <c>$schema</c>.
/// <see cref="FullWidth"/> adds the Teams host extension <c>msteams.width = "Full"</c> for wide
/// content (tables, pipeline bars); the 1.5 schema does not know it, so the card check validates
/// a copy without it.
/// </summary>
public sealed record AdaptiveCard(IReadOnlyList<CardElement> Body)
{
    public const string Version = "1.5";
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public IReadOnlyList<CardAction> Actions { get; init; } = [];
    public bool FullWidth { get; init; }

    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = SchemaUrl,
            ["version"] = Version,
            ["body"] = CardElement.ToArray(Body),
        };
        if (Actions.Count > 0)
            json["actions"] = new JsonArray([.. Actions.Select(a => (JsonNode)a.ToJson())]);
        if (FullWidth)
            json["msteams"] = new JsonObject { ["width"] = "Full" };
        return json;
    }
}
