using Crm.Bot.Cards.Elements;
using Crm.Bot.Cards.Wording;
using Crm.Skills.Conversation;

namespace Crm.Bot.Cards;

/// <summary>What every result renderer needs for one reply: the words, the formats and the language.</summary>
internal sealed class RenderScope
{
    public RenderScope(ReplyLanguage language, RenderContext context)
    {
        Language = language;
        Words = Phrases.For(language);
        Format = new Formatter(context.Locale, context.TimeZone);
        Values = new FieldValues(Words, Format);
    }

    /// <summary>An empty table cell or fact: a dash reads as "none" in both languages.</summary>
    public const string Blank = "—";

    public ReplyLanguage Language { get; }
    public Phrases Words { get; }
    public Formatter Format { get; }
    public FieldValues Values { get; }

    /// <summary>A card message whose text is the card read as text, so both say the same.</summary>
    public static RenderedMessage Message(AdaptiveCard card, IReadOnlyList<SuggestedReply>? suggestions = null)
    {
        var json = card.ToJson();
        return new RenderedMessage(PlainText.FromCard(json), json, suggestions?.Take(3).ToArray() ?? []);
    }

    public static TextBlock Heading(string text) => new(text) { Size = TextSize.Medium, Weight = TextWeight.Bolder };

    public static TextBlock Section(string text) => new(text) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Separator = true };

    public static TextBlock Note(string text) => new(text) { IsSubtle = true, Size = TextSize.Small };
}
