using Crm.Skills.Conversation;
using Crm.Skills.Invoking;
using Crm.Skills.Understanding.Engine;

namespace Crm.Skills.Understanding;

/// <summary>
/// Turns one message into what it asks (scoped, one per turn). The embedded engine is the default; a
/// language model engine may replace it. Either way the conversation turn carries the result out.
/// </summary>
public interface IMessageUnderstanding
{
    Task<Understood> UnderstandAsync(UnderstandingRequest request, CancellationToken ct);
}

/// <summary>One message with everything it is read against; <see cref="Message"/> is its open scope, for look-ups.</summary>
public sealed record UnderstandingRequest(
    string Text,
    IReadOnlyList<TurnAttachment> Attachments,
    ConversationState State,
    TurnContext Context,
    MessageScope Message,
    ReplyLanguage Language);

/// <summary>The offline engine, as is.</summary>
public sealed class EmbeddedUnderstanding(EmbeddedEngine engine) : IMessageUnderstanding
{
    public Task<Understood> UnderstandAsync(UnderstandingRequest request, CancellationToken ct) =>
        Task.FromResult(engine.Understand(request.Text, request.Attachments, request.State, request.Context));
}
