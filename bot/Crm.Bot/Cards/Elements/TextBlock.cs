using System.Text.Json.Nodes;

namespace Crm.Bot.Cards.Elements;

/// <summary>A paragraph. Wraps by default: chat cards are narrow and truncated figures are useless.</summary>
public sealed record TextBlock(string Text) : CardElement
{
    public TextSize Size { get; init; }
    public TextWeight Weight { get; init; }
    public TextColor Color { get; init; }
    public bool IsSubtle { get; init; }
    public bool Wrap { get; init; } = true;

    public override JsonObject ToJson()
    {
        var json = Start("TextBlock");
        json["text"] = Text;
        if (Wrap)
            json["wrap"] = true;
        if (Size != TextSize.Default)
            json["size"] = CardEnum.Name(Size);
        if (Weight != TextWeight.Default)
            json["weight"] = CardEnum.Name(Weight);
        if (Color != TextColor.Default)
            json["color"] = CardEnum.Name(Color);
        if (IsSubtle)
            json["isSubtle"] = true;
        return json;
    }
}
