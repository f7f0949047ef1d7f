using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Crm.Bot.Llm;

/// <summary>
/// A tool call as the model wrote it. Arguments that are not a JSON object are kept with the parse
/// error (the tool loop asks the model to repair them); the raw text is kept for recordings.
/// </summary>
internal static class ToolCalls
{
    public static FunctionCallContent Parse(string callId, string name, string rawArguments)
    {
        IDictionary<string, object?>? arguments = null;
        Exception? error = null;
        try
        {
            arguments = string.IsNullOrWhiteSpace(rawArguments) ? new Dictionary<string, object?>()
                : JsonSerializer.Deserialize<Dictionary<string, object?>>(rawArguments) ?? throw new JsonException("null arguments");
        }
        catch (JsonException e)
        {
            error = e;
        }
        return new FunctionCallContent(callId, name, arguments) { Exception = error, RawRepresentation = rawArguments };
    }

    public static string Raw(FunctionCallContent call) =>
        call.RawRepresentation as string ?? JsonSerializer.Serialize(call.Arguments ?? new Dictionary<string, object?>());
}
