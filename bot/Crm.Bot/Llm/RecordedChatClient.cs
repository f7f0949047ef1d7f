using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace Crm.Bot.Llm;

/// <summary>
/// Records every request/response pair to a folder (<c>Llm__Record</c>), or answers from such a folder
/// with no network (<c>Llm__Replay</c>). A pair's file is named by a hash of the request, so a run
/// recorded once with a real endpoint replays exactly, and a request never seen falls back like an error.
/// </summary>
internal sealed class RecordedChatClient(IChatClient? inner, string folder, bool replay) : IChatClient
{
    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages.ToList();
        var request = Request(list, options);
        var path = Path.Combine(folder, Key(request) + ".json");
        if (replay || inner is null)
        {
            if (!File.Exists(path))
                throw new InvalidOperationException($"no recorded response for request {Path.GetFileNameWithoutExtension(path)}");
            var saved = JsonNode.Parse(await File.ReadAllTextAsync(path, cancellationToken))!;
            return new ChatResponse(ReadMessage(saved["response"]!)) { FinishReason = ChatFinishReason.Stop };
        }
        var response = await inner.GetResponseAsync(list, options, cancellationToken);
        Directory.CreateDirectory(folder);
        var pair = new JsonObject { ["request"] = request, ["response"] = Message(response.Messages.LastOrDefault() ?? new ChatMessage(ChatRole.Assistant, "")) };
        await File.WriteAllTextAsync(path, pair.ToJsonString(new JsonSerializerOptions { WriteIndented = true }), cancellationToken);
        return response;
    }

    /// <summary>Everything that decides the answer, in a stable form: messages, tools, temperature.</summary>
    public static JsonObject Request(IReadOnlyList<ChatMessage> messages, ChatOptions? options) => new()
    {
        ["messages"] = new JsonArray([.. messages.Select(Message)]),
        ["tools"] = new JsonArray([.. (options?.Tools ?? []).Select(t => (JsonNode?)JsonValue.Create(t.Name))]),
        ["temperature"] = options?.Temperature,
    };

    public static string Key(JsonObject request) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(request.ToJsonString())))[..32];

    private static JsonNode Message(ChatMessage message) => new JsonObject
    {
        ["role"] = message.Role.Value,
        ["text"] = message.Text,
        ["calls"] = new JsonArray([.. message.Contents.OfType<FunctionCallContent>().Select(c => (JsonNode)new JsonObject
        {
            ["id"] = c.CallId, ["name"] = c.Name, ["arguments"] = ToolCalls.Raw(c),
        })]),
        ["results"] = new JsonArray([.. message.Contents.OfType<FunctionResultContent>().Select(r => (JsonNode)new JsonObject
        {
            ["id"] = r.CallId, ["result"] = r.Result?.ToString(),
        })]),
    };

    private static ChatMessage ReadMessage(JsonNode node)
    {
        var contents = new List<AIContent>();
        if ((string?)node["text"] is { Length: > 0 } text)
            contents.Add(new TextContent(text));
        foreach (var call in node["calls"]?.AsArray() ?? [])
            contents.Add(ToolCalls.Parse((string)call!["id"]!, (string)call["name"]!, (string?)call["arguments"] ?? ""));
        return new ChatMessage(ChatRole.Assistant, contents);
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The tool loop does not stream.");

    public object? GetService(Type serviceType, object? serviceKey = null) => serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose() => inner?.Dispose();
}
