using System.Text.Json;
using System.Text.Json.Serialization;

namespace Crm.Bot.Protocol;

/// <summary>
/// A Bot Framework activity (Connector API v3, <c>definitions.Activity</c>). Free-form parts
/// (<see cref="ChannelData"/>, <see cref="Value"/>, <see cref="Entities"/>, attachment content) stay raw
/// JSON and unknown fields land in <see cref="Extra"/>, so an activity survives a round trip intact (ACT A2005).
/// </summary>
public sealed class Activity
{
    /// <summary>Compared ordinally (A2010); unknown types are accepted and ignored (A2006, A2014).</summary>
    public string? Type { get; set; }
    public string? Id { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public DateTimeOffset? LocalTimestamp { get; set; }
    public string? LocalTimezone { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? TextFormat { get; set; }
    public string? AttachmentLayout { get; set; }
    public List<ChannelAccount>? MembersAdded { get; set; }
    public List<ChannelAccount>? MembersRemoved { get; set; }
    public List<JsonElement>? ReactionsAdded { get; set; }
    public List<JsonElement>? ReactionsRemoved { get; set; }
    public string? TopicName { get; set; }
    public string? Locale { get; set; }
    public string? Text { get; set; }
    public string? Speak { get; set; }
    public string? InputHint { get; set; }
    public string? Summary { get; set; }
    public SuggestedActions? SuggestedActions { get; set; }
    public List<Attachment>? Attachments { get; set; }
    public List<JsonElement>? Entities { get; set; }
    public JsonElement? ChannelData { get; set; }
    public string? Action { get; set; }
    public string? ReplyToId { get; set; }
    public string? Label { get; set; }
    public string? ValueType { get; set; }
    public JsonElement? Value { get; set; }
    public string? Name { get; set; }
    public JsonElement? RelatesTo { get; set; }
    public string? Code { get; set; }
    public string? Importance { get; set; }
    public string? DeliveryMode { get; set; }
    /// <summary>Never trusted from the wire (A2251): the endpoint sets it after token validation.</summary>
    public string? CallerId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
