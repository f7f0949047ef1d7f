using Crm.Skills.Results;

namespace Crm.Skills.Conversation;

/// <summary>
/// What the bot answers to one turn, as typed results in order; the host renders each one as an
/// Adaptive Card with a text fallback in <see cref="Language"/>.
/// </summary>
public sealed record TurnReply(IReadOnlyList<SkillResult> Parts, ReplyLanguage Language)
{
    /// <summary>How the message was understood (for <c>--explain</c>); null when no engine ran.</summary>
    public Understanding.Engine.Explanation? Explanation { get; init; }

    public static TurnReply Of(ReplyLanguage language, params SkillResult[] parts) => new(parts, language);
}

public enum ReplyLanguage { English, Chinese }

/// <summary>The one entry point every channel calls for a message: understanding, skills, store, typed reply.</summary>
public interface IConversationTurn
{
    Task<TurnReply> HandleAsync(TurnInput input, CancellationToken cancellationToken);
}
