using System.Text.Json;
using System.Text.Json.Nodes;

namespace Crm.Bot.Protocol;

/// <summary>
/// The synchronous answer to an <c>invoke</c>: the HTTP status and JSON body of the inbound POST (PROTOCOLS §1.4).
/// </summary>
public sealed record InvokeResponse(int Status, JsonElement? Body)
{
    /// <summary>No handler for this invoke name (SDK CloudAdapterBase).</summary>
    public static InvokeResponse NotImplemented { get; } = new(501, null);

    /// <summary>Universal Actions: the card shown in place of the one whose button was pressed.</summary>
    public static InvokeResponse Card(JsonObject card) =>
        Universal(200, ContentTypes.AdaptiveCard, card);

    /// <summary>Universal Actions: a message shown to the person who pressed the button.</summary>
    public static InvokeResponse Message(string text) =>
        Universal(200, ContentTypes.ActivityMessage, JsonValue.Create(text));

    /// <summary>A refused request (SDK ActivityHandler): the HTTP status and the body's statusCode agree.</summary>
    public static InvokeResponse Error(int statusCode, string code, string message) =>
        Universal(statusCode, ContentTypes.Error, new JsonObject { ["code"] = code, ["message"] = message }, statusCode);

    private static InvokeResponse Universal(int statusCode, string type, JsonNode? value, int httpStatus = 200) =>
        new(httpStatus, JsonSerializer.SerializeToElement(new JsonObject { ["statusCode"] = statusCode, ["type"] = type, ["value"] = value?.DeepClone() }));
}
