using System.Text.Json.Nodes;

namespace Crm.Bot.Cards.Elements;

/// <summary>A group of elements with an optional background style. The schema requires at least the items array.</summary>
public sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    public ContainerStyle Style { get; init; }

    public override JsonObject ToJson()
    {
        var json = Start("Container");
        json["items"] = ToArray(Items);
        if (Style != ContainerStyle.Default)
            json["style"] = CardEnum.Name(Style);
        return json;
    }
}
