using Crm.Skills.Understanding.Engine;
using Crm.Skills.Understanding.Plan;
using Crm.Skills.Results;

namespace Crm.Skills.Understanding.Llm;

/// <summary>
/// The model engine with the embedded engine beside it. The embedded reading is always made (it is
/// cheap and pure): undo, corrections and answers to its own questions stay embedded; in hybrid mode
/// so does anything it is sure of. Whenever the model fails, the embedded reading is the answer, so
/// the user never sees the difference.
/// </summary>
public sealed class LlmUnderstanding(EmbeddedEngine embedded, ToolLoop loop, LlmSettings settings) : IMessageUnderstanding
{
    public async Task<Understood> UnderstandAsync(UnderstandingRequest request, CancellationToken ct)
    {
        var local = embedded.Understand(request.Text, request.Attachments, request.State, request.Context);
        // An answer to the model's own question goes back to the model, which knows what it asked.
        var answersModel = request.State.Asked is not null;
        if (settings.Mode == LlmMode.Off || StaysEmbedded(local, request) || (settings.Mode == LlmMode.Hybrid && !answersModel && IsSure(local, request)))
            return local;
        return await loop.RunAsync(request, ct) ?? local;
    }

    /// <summary>Commands about the conversation itself, which the model has no tools for.</summary>
    private static bool StaysEmbedded(Understood local, UnderstandingRequest request) =>
        local is UndoRequest or Correction
        || (request.State.Pending is { Slot: not SlotKind.Offer } && local is not Question && local.Explanation.AskedBecause is null && AnsweredPending(local));

    /// <summary>An answer to the embedded engine's question resumes the original request as a write or read.</summary>
    private static bool AnsweredPending(Understood local) => local is WriteRequest or ReadQuery or TranscriptLog;

    /// <summary>What the embedded engine is sure of: an action or an answer, not a question or "I can't help".</summary>
    public bool IsSure(Understood local, UnderstandingRequest request) => local switch
    {
        Question => false,
        DirectReply { Result: MessageResult m } => !m.Equals(ChatInterpreter.OutOfScope(request.Language == Conversation.ReplyLanguage.Chinese)),
        WriteRequest { Actions.Count: 0 } => false,
        _ => local.Explanation.Confidence >= settings.HybridConfidence,
    };
}
