using System.Text.Json.Nodes;

namespace Crm.Bot.Cards.Elements;

/// <summary>
/// A single-choice picker. Its selected value is submitted under <paramref name="Id"/>, as a string,
/// merged into the data of the Action.Submit that sends the card.
/// </summary>
public sealed record ChoiceSetInput(string Id, IReadOnlyList<Fact> Choices) : CardElement
{
    public string? Label { get; init; }
    public bool Expanded { get; init; }

    public override JsonObject ToJson()
    {
        var json = Start("Input.ChoiceSet");
        json["id"] = Id;
        json["choices"] = new JsonArray([.. Choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value })]);
        if (Expanded)
            json["style"] = "expanded";
        if (Label is not null)
            json["label"] = Label;
        return json;
    }
}
