using System.Text.Json.Nodes;
using Crm.Skills.Conversation;

namespace Crm.Bot.Cards;

/// <summary>
/// A turn's reply as a person will see it, before it becomes channel activities: one or more
/// messages, each with a plain-text fallback, an optional Adaptive Card and optional suggested
/// actions (at most three reach Teams). Channels (Teams, Direct Line, replay, terminal chat)
/// turn these into their own activity shape.
/// </summary>
public sealed record RenderedReply(IReadOnlyList<RenderedMessage> Messages);

/// <param name="Text">What a person reads when no card is shown (and what the terminal chat prints).</param>
/// <param name="Card">An Adaptive Card 1.5 document, or null for a text-only message.</param>
/// <param name="SuggestedActions">Quick replies: title shown, value sent back as the user's next message.</param>
public sealed record RenderedMessage(string Text, JsonObject? Card, IReadOnlyList<SuggestedReply> SuggestedActions)
{
    /// <summary>
    /// When there is a card: its one-line heading, to send as the activity text beside the card
    /// (notifications and chat lists show it) instead of <see cref="Text"/>, which repeats the whole card.
    /// Null for text-only messages.
    /// </summary>
    public string? Summary { get; init; }
}

public sealed record SuggestedReply(string Title, string Value);

/// <summary>Turns typed results into what people see, in the reply's language.</summary>
public interface IReplyRenderer
{
    RenderedReply Render(TurnReply reply, RenderContext context);
}

/// <summary>Who the reply is for: their locale (for money and dates) and time zone (for instants).</summary>
public sealed record RenderContext(string Locale, TimeZoneInfo TimeZone);
