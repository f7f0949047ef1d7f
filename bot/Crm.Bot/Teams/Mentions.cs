using System.Text.Json;
using System.Text.RegularExpressions;
using Crm.Bot.Protocol;

namespace Crm.Bot.Teams;

/// <summary>
/// Teams @mentions (PROTOCOLS §6.2): <c>&lt;at&gt;Name&lt;/at&gt;</c> in the text plus a <c>mention</c> entity.
/// Only mentions of the bot itself are removed; mentions of people stay, because they name someone.
/// </summary>
public static partial class Mentions
{
    public static bool MentionsRecipient(Activity activity) => BotMentionTexts(activity).Any();

    /// <summary>The text with the bot's mentions removed, non-breaking spaces normalised, and trimmed.</summary>
    public static string? StripBotMention(Activity activity)
    {
        if (activity.Text is null)
        {
            return null;
        }
        var text = activity.Text;
        foreach (var mention in BotMentionTexts(activity))
        {
            text = Regex.Replace(text, Regex.Escape(mention), "", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        text = text.Replace("&nbsp;", " ", StringComparison.OrdinalIgnoreCase).Replace('\u00a0', ' ');
        return Spaces().Replace(text, " ").Trim();
    }

    /// <summary>A mention entity, for building Teams-shaped activities (replay, tests).</summary>
    public static JsonElement Entity(string id, string name) =>
        ActivityJson.ToElement(new { type = "mention", mentioned = new { id, name }, text = $"<at>{name}</at>" });

    private static IEnumerable<string> BotMentionTexts(Activity activity)
    {
        var botId = activity.Recipient?.Id;
        if (activity.Entities is null || string.IsNullOrEmpty(botId))
        {
            yield break;
        }
        foreach (var entity in activity.Entities)
        {
            if (entity.ValueKind != JsonValueKind.Object
                || !entity.TryGetProperty("type", out var type) || type.GetString() != "mention"
                || !entity.TryGetProperty("mentioned", out var mentioned) || mentioned.ValueKind != JsonValueKind.Object
                || !mentioned.TryGetProperty("id", out var id) || id.GetString() != botId)
            {
                continue;
            }
            if (entity.TryGetProperty("text", out var text) && text.GetString() is { Length: > 0 } value)
            {
                yield return value;
            }
            else if (mentioned.TryGetProperty("name", out var name) && name.GetString() is { Length: > 0 } botName)
            {
                yield return $"<at>{botName}</at>";
            }
        }
    }

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex Spaces();
}
