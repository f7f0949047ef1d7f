using System.Text;

namespace Crm.Bot.Cards;

/// <summary>
/// What the terminal `chat` command prints for a reply: each message's text (the card read as
/// text, with every figure and id it shows), then its quick replies as "→ Undo (type: undo)".
/// Messages are separated by a blank line.
/// </summary>
public static class TerminalText
{
    public static string Format(RenderedReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var text = new StringBuilder();
        foreach (var message in reply.Messages)
        {
            if (text.Length > 0)
                text.Append('\n');
            text.Append(message.Text).Append('\n');
            foreach (var suggestion in message.SuggestedActions)
            {
                text.Append("→ ").Append(suggestion.Title);
                if (!string.Equals(suggestion.Title, suggestion.Value, StringComparison.Ordinal))
                    text.Append(" (type: ").Append(suggestion.Value).Append(')');
                text.Append('\n');
            }
        }
        return text.ToString();
    }
}
