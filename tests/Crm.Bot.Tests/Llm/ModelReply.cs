using System.Text.Json.Nodes;

namespace Crm.Bot.Tests.Llm;

/// <summary>One scripted chat-completions answer: a text, tool calls, an HTTP error, or a slow one.</summary>
public sealed record ModelReply(int StatusCode, string Body)
{
    public TimeSpan Delay { get; init; }

    public static ModelReply Text(string text) => Completion(new JsonObject { ["role"] = "assistant", ["content"] = text }, "stop");

    public static ModelReply Calls(params (string Name, string Arguments)[] calls) => Completion(new JsonObject
    {
        ["role"] = "assistant",
        ["content"] = null,
        ["tool_calls"] = new JsonArray([.. calls.Select((c, i) => (JsonNode)new JsonObject
        {
            ["id"] = $"call_{Guid.NewGuid():N}"[..16] + i,
            ["type"] = "function",
            ["function"] = new JsonObject { ["name"] = c.Name, ["arguments"] = c.Arguments },
        })]),
    }, "tool_calls");

    public static ModelReply Status(int code) => new(code, """{"error":{"message":"scripted failure","type":"server_error"}}""");

    public static ModelReply Slow(TimeSpan delay) => Text("too late") with { Delay = delay };

    private static ModelReply Completion(JsonObject message, string finish) => new(200, new JsonObject
    {
        ["id"] = "chatcmpl-test",
        ["object"] = "chat.completion",
        ["created"] = 1763400000,
        ["model"] = "test-model",
        ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["message"] = message, ["finish_reason"] = finish }),
        ["usage"] = new JsonObject { ["prompt_tokens"] = 100, ["completion_tokens"] = 10, ["total_tokens"] = 110 },
    }.ToJsonString());
}
