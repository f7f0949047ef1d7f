using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Bot.Protocol;

namespace Crm.Bot.Teams;

/// <summary>
/// Keeps each outgoing message under 80 KB of UTF-16 (Teams refuses about 100 KB with 413,
/// PROTOCOLS §6.4): long text is cut at line breaks, a long card's body is spread over several cards
/// (its actions on the last), and suggested actions ride on the last message.
/// </summary>
internal static class ReplySplitter
{
    public const int MaxUtf16Bytes = 80_000;
    private const int TextChunkChars = 16_000;

    public static IReadOnlyList<Activity> Split(Activity activity)
    {
        if (Size(activity) <= MaxUtf16Bytes)
        {
            return [activity];
        }
        var parts = new List<Activity>();
        foreach (var chunk in TextChunks(activity.Text))
        {
            parts.Add(Copy(activity, chunk, null));
        }
        var card = activity.Attachments?.FirstOrDefault(a => a.ContentType == ContentTypes.AdaptiveCard)?.Content;
        if (card is { } element)
        {
            parts.AddRange(CardChunks(element).Select(c => Copy(activity, null, c)));
        }
        parts[^1].SuggestedActions = activity.SuggestedActions;
        return parts;
    }

    public static int Size(Activity activity) => ActivityJson.Serialize(activity).Length * 2;

    private static IEnumerable<string> TextChunks(string? text)
    {
        var rest = text ?? "";
        while (rest.Length > 0)
        {
            var length = Math.Min(TextChunkChars, rest.Length);
            var cut = length < rest.Length ? rest.LastIndexOf('\n', length - 1, length) : -1;
            var take = cut > 0 ? cut + 1 : length;
            yield return rest[..take].TrimEnd();
            rest = rest[take..];
        }
    }

    private static IEnumerable<JsonElement> CardChunks(JsonElement card)
    {
        var root = JsonNode.Parse(card.GetRawText())!.AsObject();
        var body = root["body"] as JsonArray ?? [];
        var actions = root["actions"];
        root.Remove("body");
        root.Remove("actions");
        var chunks = new List<JsonArray>();
        var current = new JsonArray();
        var currentSize = 0;
        foreach (var element in body.ToList())
        {
            var size = element?.ToJsonString().Length * 2 ?? 0;
            if (current.Count > 0 && currentSize + size > MaxUtf16Bytes / 2)
            {
                chunks.Add(current);
                (current, currentSize) = (new JsonArray(), 0);
            }
            body.Remove(element);
            current.Add(element);
            currentSize += size;
        }
        chunks.Add(current);
        for (var i = 0; i < chunks.Count; i++)
        {
            var part = root.DeepClone().AsObject();
            part["body"] = chunks[i];
            if (i == chunks.Count - 1 && actions is not null)
            {
                part["actions"] = actions.DeepClone();
            }
            yield return JsonSerializer.SerializeToElement(part);
        }
    }

    private static Activity Copy(Activity source, string? text, JsonElement? card)
    {
        var part = new Activity { Type = source.Type };
        part.ChannelId = source.ChannelId;
        part.From = source.From;
        part.Recipient = source.Recipient;
        part.Conversation = source.Conversation;
        part.ReplyToId = source.ReplyToId;
        part.Locale = source.Locale;
        part.Text = text;
        part.TextFormat = text is null ? null : source.TextFormat;
        part.Attachments = card is { } c ? [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = c }] : null;
        return part;
    }
}
