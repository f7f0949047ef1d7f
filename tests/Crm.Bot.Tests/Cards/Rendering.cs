using System.Text.Json.Nodes;
using Crm.Bot.Cards;
using Crm.Skills.Conversation;
using Crm.Skills.Results;

namespace Crm.Bot.Tests.Cards;

/// <summary>Renders one result the way a channel would, for a user in a given locale and zone.</summary>
internal static class Rendering
{
    public static RenderedMessage English(SkillResult result, string zone = "America/Denver") =>
        Render(result, ReplyLanguage.English, "en-US", zone);

    public static RenderedMessage Chinese(SkillResult result, string zone = "Asia/Shanghai") =>
        Render(result, ReplyLanguage.Chinese, "zh-CN", zone);

    public static RenderedMessage Render(SkillResult result, ReplyLanguage language, string locale, string zone)
    {
        var reply = new CardReplyRenderer().Render(TurnReply.Of(language, result), new RenderContext(locale, TimeZoneInfo.FindSystemTimeZoneById(zone)));
        return Assert.Single(reply.Messages);
    }

    /// <summary>Every JSON object in the card, depth first, so tests can find elements by type.</summary>
    public static IEnumerable<JsonObject> Nodes(JsonNode? node)
    {
        if (node is JsonObject o)
        {
            yield return o;
            foreach (var child in o.Select(p => p.Value).SelectMany(Nodes))
                yield return child;
        }
        else if (node is JsonArray a)
        {
            foreach (var child in a.SelectMany(Nodes))
                yield return child;
        }
    }

    public static IEnumerable<JsonObject> OfType(JsonNode? card, string type) => Nodes(card).Where(n => (string?)n["type"] == type);
}
