using System.Text.Json;
using System.Text.Json.Serialization;

namespace Crm.Bot.Protocol;

/// <summary>Inline <see cref="Content"/> (a JSON object, or a string for text files) or a <see cref="ContentUrl"/>, never both (A7100).</summary>
public sealed class Attachment
{
    public string? ContentType { get; set; }
    public string? ContentUrl { get; set; }
    public JsonElement? Content { get; set; }
    public string? Name { get; set; }
    public string? ThumbnailUrl { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>Quick replies; without <see cref="To"/> everyone sees them (A7710). Teams shows at most three.</summary>
public sealed class SuggestedActions
{
    public List<string>? To { get; set; }
    public List<CardAction>? Actions { get; set; }
}

/// <summary>A button. <c>imBack</c> sends <see cref="Value"/> back as the user's text; <c>messageBack</c> sends text and value.</summary>
public sealed class CardAction
{
    public string? Type { get; set; }
    public string? Title { get; set; }
    public string? Image { get; set; }
    public string? Text { get; set; }
    public string? DisplayText { get; set; }
    public JsonElement? Value { get; set; }
    public JsonElement? ChannelData { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
