using System.Text.Json.Nodes;
using Crm.Bot.Cards;
using Crm.Bot.Protocol;
using Crm.Bot.Teams;

namespace Crm.Bot.Tests.Teams;

/// <summary>PROTOCOLS §1.5 (reply envelope), §1.6 (cards, suggested actions) and §6.4 (sizes).</summary>
public sealed class ReplyActivitiesTests
{
    private static readonly Activity Incoming = TeamsActivities.ChannelMention("https://smba.example.test/teams/", "hi");

    private static JsonObject Card(int rows) => new()
    {
        ["type"] = "AdaptiveCard",
        ["version"] = "1.5",
        ["body"] = new JsonArray(Enumerable.Range(0, rows).Select(i => (JsonNode)new JsonObject { ["type"] = "TextBlock", ["text"] = $"Row {i}: 客户 deal with a reasonably long description to take space" }).ToArray()),
        ["actions"] = new JsonArray(new JsonObject { ["type"] = "Action.Submit", ["title"] = "Undo", ["data"] = new JsonObject { ["undo"] = 1 } }),
    };

    [Fact]
    public void Reply_Envelope_SwapsFromAndRecipientAndLeavesChannelFieldsOut()
    {
        var reply = Assert.Single(ReplyActivities.From(new RenderedReply([new RenderedMessage("done", Card(1), [])]), Incoming));

        Assert.Equal((Incoming.Recipient!.Id, Incoming.From!.Id, Incoming.Conversation!.Id, Incoming.Id, "msteams", "en-US"),
            (reply.From!.Id, reply.Recipient!.Id, reply.Conversation!.Id, reply.ReplyToId, reply.ChannelId, reply.Locale));
        var json = JsonNode.Parse(ActivityJson.Serialize(reply))!.AsObject();
        Assert.All(new[] { "id", "timestamp", "serviceUrl", "callerId" }, field => Assert.False(json.ContainsKey(field), field));
        Assert.False(json["conversation"]!.AsObject().ContainsKey("isGroup"));
        Assert.False(json["conversation"]!.AsObject().ContainsKey("conversationType"));
        Assert.Equal(ContentTypes.AdaptiveCard, json["attachments"]![0]!["contentType"]!.GetValue<string>());
    }

    [Fact]
    public void SuggestedActions_MoreThanThree_OnlyFirstThreeAsImBack()
    {
        var suggestions = new[] { "one", "two", "three", "four" }.Select(s => new SuggestedReply(s.ToUpperInvariant(), s)).ToList();

        var reply = Assert.Single(ReplyActivities.From(new RenderedReply([new RenderedMessage("pick", null, suggestions)]), Incoming));

        Assert.Equal(["one", "two", "three"], reply.SuggestedActions!.Actions!.Select(a => a.Value!.Value.GetString()));
        Assert.All(reply.SuggestedActions.Actions!, a => Assert.Equal("imBack", a.Type));
    }

    [Fact]
    public void LongTextAndCard_AreSplitIntoMessagesUnder80KbWithActionsLast()
    {
        var text = string.Join('\n', Enumerable.Range(0, 6000).Select(i => $"line {i} 漏斗"));
        var message = new RenderedMessage(text, Card(2000), [new SuggestedReply("More", "more")]);

        var replies = ReplyActivities.From(new RenderedReply([message]), Incoming);

        Assert.True(replies.Count > 2);
        Assert.All(replies, r => Assert.True(ActivityJson.Serialize(r).Length * 2 < 80_000));
        Assert.Equal(text.Replace("\n", "", StringComparison.Ordinal), string.Concat(replies.Select(r => r.Text?.Replace("\n", "", StringComparison.Ordinal))));
        var cards = replies.Where(r => r.Attachments is not null).Select(r => JsonNode.Parse(r.Attachments![0].Content!.Value.GetRawText())!).ToList();
        Assert.Equal(2000, cards.Sum(c => c["body"]!.AsArray().Count));
        Assert.All(cards, c => Assert.Equal("1.5", c["version"]!.GetValue<string>()));
        Assert.NotNull(cards[^1]["actions"]);
        Assert.All(cards.SkipLast(1), c => Assert.Null(c["actions"]));
        Assert.NotNull(replies[^1].SuggestedActions);
        Assert.All(replies.SkipLast(1), r => Assert.Null(r.SuggestedActions));
    }

    [Fact]
    public void ShortReply_IsNotSplit()
    {
        var replies = ReplyActivities.From(new RenderedReply([new RenderedMessage("short", Card(3), [])]), Incoming);

        Assert.Single(replies);
    }
}
