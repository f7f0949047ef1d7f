using Microsoft.Extensions.AI;
using OpenAI.Chat;
using AiChatMessage = Microsoft.Extensions.AI.ChatMessage;
using AiChatRole = Microsoft.Extensions.AI.ChatRole;

namespace Crm.Bot.Llm;

/// <summary>
/// <see cref="IChatClient"/> over the OpenAI SDK's chat completions, only as much as the tool loop
/// needs: text messages, function tools from the skills' JSON schemas, tool calls and their results,
/// usage. No streaming.
/// </summary>
internal sealed class OpenAIChatClient(ChatClient client, string model) : IChatClient
{
    public async Task<ChatResponse> GetResponseAsync(IEnumerable<AiChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var completion = (await client.CompleteChatAsync(messages.SelectMany(ToOpenAI), Options(options), cancellationToken)).Value;
        var contents = new List<AIContent>();
        var text = string.Concat(completion.Content.Where(p => p.Kind == ChatMessageContentPartKind.Text).Select(p => p.Text));
        if (text.Length > 0)
            contents.Add(new TextContent(text));
        contents.AddRange(completion.ToolCalls.Select(c => ToolCalls.Parse(c.Id, c.FunctionName, c.FunctionArguments?.ToString() ?? "")));
        return new ChatResponse(new AiChatMessage(AiChatRole.Assistant, contents))
        {
            ModelId = model,
            FinishReason = completion.ToolCalls.Count > 0 ? Microsoft.Extensions.AI.ChatFinishReason.ToolCalls : Microsoft.Extensions.AI.ChatFinishReason.Stop,
            Usage = completion.Usage is { } u ? new UsageDetails { InputTokenCount = u.InputTokenCount, OutputTokenCount = u.OutputTokenCount, TotalTokenCount = u.TotalTokenCount } : null,
        };
    }

    private static ChatCompletionOptions Options(ChatOptions? options)
    {
        var result = new ChatCompletionOptions { Temperature = options?.Temperature ?? 0.1f };
        foreach (var tool in options?.Tools?.OfType<AIFunctionDeclaration>() ?? [])
            result.Tools.Add(ChatTool.CreateFunctionTool(tool.Name, tool.Description, BinaryData.FromString(tool.JsonSchema.GetRawText())));
        if (result.Tools.Count > 0)
        {
            result.ToolChoice = ChatToolChoice.CreateAutoChoice();
            result.AllowParallelToolCalls = options?.AllowMultipleToolCalls ?? true;
        }
        return result;
    }

    private static IEnumerable<OpenAI.Chat.ChatMessage> ToOpenAI(AiChatMessage message)
    {
        if (message.Role == AiChatRole.System)
            yield return new SystemChatMessage(message.Text);
        else if (message.Role == AiChatRole.User)
            yield return new UserChatMessage(message.Text);
        else if (message.Role == AiChatRole.Tool)
        {
            foreach (var result in message.Contents.OfType<FunctionResultContent>())
                yield return new ToolChatMessage(result.CallId, result.Result?.ToString() ?? "");
        }
        else
        {
            var calls = message.Contents.OfType<FunctionCallContent>()
                .Select(c => ChatToolCall.CreateFunctionToolCall(c.CallId, c.Name, BinaryData.FromString(ToolCalls.Raw(c)))).ToList();
            if (calls.Count == 0)
                yield return new AssistantChatMessage(message.Text);
            else
            {
                var assistant = new AssistantChatMessage(calls);
                if (message.Text.Length > 0)
                    assistant.Content.Add(ChatMessageContentPart.CreateTextPart(message.Text));
                yield return assistant;
            }
        }
    }

    IAsyncEnumerable<ChatResponseUpdate> IChatClient.GetStreamingResponseAsync(IEnumerable<AiChatMessage> messages, ChatOptions? options, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The tool loop does not stream.");

    public object? GetService(Type serviceType, object? serviceKey = null) => serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }
}
