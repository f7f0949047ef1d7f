using System.Text.Json;
using System.Text.Json.Serialization;

namespace Crm.Bot.Replay;

/// <summary>
/// One scripted conversation, as in contract/replay.md. Fields the product does not know (the
/// scorer's <c>expect</c> above all) are ignored by design: the bot never sees what is expected.
/// </summary>
internal sealed record ReplayCase
{
    public required string Id { get; init; }
    public required DateTimeOffset Now { get; init; }
    public required IReadOnlyList<ReplayTurn> Turns { get; init; }
}

internal sealed record ReplayTurn
{
    public required string User { get; init; }
    public required string Text { get; init; }
    /// <summary><c>personal</c> (default) or <c>channel:NAME</c>.</summary>
    public string? Conversation { get; init; }
    /// <summary>When this turn arrives; defaults to the case's <c>now</c>.</summary>
    public DateTimeOffset? At { get; init; }
    public IReadOnlyList<ReplayAttachment> Attachments { get; init; } = [];
}

internal sealed record ReplayAttachment(string ContentType, string? Name, JsonElement? Content);

internal static class ReplayJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
