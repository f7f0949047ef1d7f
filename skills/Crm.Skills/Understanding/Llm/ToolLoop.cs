using System.Text.Json;
using Crm.Skills.Understanding.Transcripts;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Crm.Skills.Understanding.Llm;

/// <summary>
/// One message's conversation with the model, bounded: at most <see cref="LlmSettings.MaxSteps"/>
/// round trips, <see cref="LlmSettings.MaxRepairs"/> malformed calls and the timeout. Reads run at once
/// through the message's scope; writes are only collected (see <see cref="ModelTurn"/>) and carried
/// out later through the invoker. Returns null when the model failed in any way: the caller falls back.
/// </summary>
public sealed class ToolLoop(IChatClient chat, ToolSet tools, LlmSettings settings, ILogger<ToolLoop> logger)
{
    public async Task<ModelAnswer?> RunAsync(UnderstandingRequest request, CancellationToken ct)
    {
        var transcript = TranscriptInterpreter.TranscriptOf(request.Attachments);
        // Only the user's words ground a write: the message, and the request the model asked about.
        var words = request.State.Asked is { } asked ? request.Text + "\n" + asked.Request : request.Text;
        var grounding = new WriteGrounding(words, request.Context, request.State.LastWrite?.RecordIds ?? []);
        var turn = new ModelTurn(request.Text, transcript is not null, request.Context.Source, grounding);
        var messages = Prompt.Build(request, transcript);
        var options = new ChatOptions { Tools = [.. tools.Tools], Temperature = 0.1f, ToolMode = ChatToolMode.Auto, AllowMultipleToolCalls = true };
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
        budget.CancelAfter(settings.Timeout);
        try
        {
            for (var step = 1; step <= settings.MaxSteps; step++)
            {
                if (logger.IsEnabled(LogLevel.Trace))
                    logger.LogTrace("Model request {Step}: {Messages}", step, JsonSerializer.Serialize(messages.Select(m => new { m.Role.Value, m.Contents }), AIJsonUtilities.DefaultOptions));
                var response = await chat.GetResponseAsync(messages, options, budget.Token);
                if (logger.IsEnabled(LogLevel.Trace))
                    logger.LogTrace("Model step {Step}: {Response}", step, JsonSerializer.Serialize(response.Messages.Select(m => m.Contents), AIJsonUtilities.DefaultOptions));
                messages.AddRange(response.Messages);
                var calls = response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>().ToList();
                if (calls.Count == 0)
                    return Finish(turn, response.Text, request);
                var results = new List<AIContent>();
                foreach (var call in calls)
                    results.Add(new FunctionResultContent(call.CallId, await CallAsync(call, turn, request, budget.Token)));
                if (turn.Repairs > settings.MaxRepairs)
                {
                    logger.LogWarning("Model gave malformed tool calls {Repairs} times; using the embedded engine", turn.Repairs);
                    return null;
                }
                messages.Add(new ChatMessage(ChatRole.Tool, results));
            }
            logger.LogWarning("Model did not finish within {Steps} steps; using the embedded engine", settings.MaxSteps);
            return null;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            logger.LogWarning("Model did not answer within {Timeout}; using the embedded engine", settings.Timeout);
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("Model call failed ({Error}: {Reason}); using the embedded engine", e.GetType().Name, FirstLine(e.Message));
            return null;
        }
    }

    private async Task<string> CallAsync(FunctionCallContent call, ModelTurn turn, UnderstandingRequest request, CancellationToken ct)
    {
        var method = tools.Method(call.Name);
        var arguments = call.Arguments is null ? new Dictionary<string, object?>() : new Dictionary<string, object?>(call.Arguments, StringComparer.Ordinal);
        var problem = call.Exception is not null ? "the arguments are not a valid JSON object"
            : method is null ? $"there is no tool named '{call.Name}'"
            : ArgumentCheck.Problem(method, arguments, request.Context.Index);
        if (problem is not null)
        {
            turn.Repairs++;
            logger.LogInformation("Model tool call {Function} needs repair: {Problem}", call.Name, problem);
            return ToolResults.Error(problem);
        }
        if (ToolSet.IsWrite(call.Name))
            return turn.Propose(call.Name, arguments);
        var result = await request.Message.ReadAsync(call.Name, arguments, ct);
        if (call.Name != "find" && result is not Results.RefusalResult)
            turn.Shown.Add(result);
        return ToolResults.Of(result);
    }

    private ModelAnswer? Finish(ModelTurn turn, string? text, UnderstandingRequest request)
    {
        if (turn.Transcript && turn.Writes.Count == 0)
        {
            logger.LogWarning("Model logged nothing for a transcript; using the embedded engine");
            return null;
        }
        var shown = turn.Shown.Count > 1 ? [turn.Shown[^1]] : turn.Shown;
        var asks = turn.Writes.Count == 0 && turn.Offers.Count == 0 && text?.TrimEnd() is { } t && (t.EndsWith('?') || t.EndsWith('？'));
        // With nothing written, the model's words beside writes that were only offered would tell of changes
        // not made ("Marked it won."); the offer's own question speaks instead. After a question they are the answer.
        var said = turn.Writes.Count == 0 && turn.Offers.Count > 0 && !turn.Question ? null : text;
        return new ModelAnswer(turn.Writes, turn.Offers, shown, said, turn.Transcript)
        {
            // The question is about the earlier request when there was one: keep the first request, not "the Denver one".
            AskedAbout = asks ? request.State.Asked?.Request ?? request.Text : null,
            OfferChanges = [.. turn.Offers.Select(o => OfferTitles.Change(o, request.Context.Index))],
            // Beside writes the model may add something worth reading; not when some of its writes were only offered,
            // since its words may then describe a change that was not made.
            Remark = turn.Writes.Count > 0 && turn.Offers.Count == 0
                ? ModelRemark.Beside(text, request.Text, [.. turn.Writes.Select(w => OfferTitles.Change(w, request.Context.Index))])
                : null,
            Explanation = request.Context.Explain.Build("language model", [.. turn.Writes.Select(w => $"{w.Function} {w.Arguments}"), .. turn.Offers.Select(o => $"offer: {o.Function} {o.Arguments}")]),
        };
    }

    /// <summary>The error on one line, without any response body the server sent back (it may echo what it was sent).</summary>
    private static string FirstLine(string message)
    {
        var cut = message.IndexOf("Content:", StringComparison.Ordinal);
        var line = string.Join(' ', (cut >= 0 ? message[..cut] : message).Split((char[])['\r', '\n', ' '], StringSplitOptions.RemoveEmptyEntries));
        return line.Length > 200 ? line[..200] : line;
    }
}
