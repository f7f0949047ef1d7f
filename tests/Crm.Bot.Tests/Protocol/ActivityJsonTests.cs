using System.Text.Json.Nodes;
using Crm.Bot.Protocol;

namespace Crm.Bot.Tests.Protocol;

/// <summary>PROTOCOLS §1.1: nothing lost on a round trip, nothing empty or null on the wire.</summary>
public sealed class ActivityJsonTests
{
    private const string TeamsMessage = """
        {
          "type": "message",
          "id": "1731950000123",
          "timestamp": "2026-11-18T17:30:00Z",
          "localTimestamp": "2026-11-18T09:30:00-08:00",
          "localTimezone": "America/Los_Angeles",
          "serviceUrl": "https://smba.trafficmanager.net/amer/",
          "channelId": "msteams",
          "from": { "id": "29:abc", "name": "Avery", "aadObjectId": "aad-1", "userRole": "user" },
          "conversation": { "conversationType": "channel", "isGroup": true, "tenantId": "t-1", "id": "19:x@thread.tacv2;messageid=1" },
          "recipient": { "id": "28:bot", "name": "CRM Bot" },
          "textFormat": "plain",
          "locale": "zh-CN",
          "text": "<at>CRM Bot</at> 云上的客户",
          "entities": [ { "type": "mention", "mentioned": { "id": "28:bot", "name": "CRM Bot" }, "text": "<at>CRM Bot</at>" }, { "type": "clientInfo", "country": "CN", "platform": "Web" } ],
          "channelData": { "tenant": { "id": "t-1" }, "team": { "id": "19:t", "name": "Sales" }, "channel": { "id": "19:x", "name": "General" }, "legacy": { "replyToId": "1:2" } },
          "value": { "choice": "a", "nested": [1, 2.5, true, null] },
          "attachments": [ { "contentType": "application/vnd.microsoft.card.adaptive", "content": { "type": "AdaptiveCard", "version": "1.5", "body": [] } } ],
          "futureTopLevel": { "x": 1 }
        }
        """;

    [Fact]
    public void TeamsMessage_RoundTrip_KeepsEveryFieldIncludingUnknownOnes()
    {
        var activity = ActivityJson.Parse(TeamsMessage)!;

        var again = JsonNode.Parse(ActivityJson.Serialize(activity))!;

        var original = JsonNode.Parse(TeamsMessage)!.AsObject();
        // Instants are re-written in an equivalent form (+00:00 for Z); compare them as instants.
        Assert.Equal(DateTimeOffset.Parse("2026-11-18T17:30:00Z"), DateTimeOffset.Parse(again["timestamp"]!.GetValue<string>()));
        Assert.Equal(TimeSpan.FromHours(-8), DateTimeOffset.Parse(again["localTimestamp"]!.GetValue<string>()).Offset);
        original.Remove("timestamp");
        original.Remove("localTimestamp");
        again.AsObject().Remove("timestamp");
        again.AsObject().Remove("localTimestamp");
        Assert.True(JsonNode.DeepEquals(original, again), again.ToJsonString());
    }

    [Fact]
    public void OutgoingActivity_EmptyAndNullValues_AreNotWritten()
    {
        var activity = new Activity { Type = "message", Text = "", Attachments = [], Entities = [], SuggestedActions = new SuggestedActions { Actions = [] } };

        var json = JsonNode.Parse(ActivityJson.Serialize(activity))!.AsObject();

        Assert.Equal(["type", "suggestedActions"], json.Select(p => p.Key));
        Assert.Empty(json["suggestedActions"]!.AsObject());
    }

    [Fact]
    public void ChineseText_Serialize_IsWrittenUnescaped()
    {
        var json = ActivityJson.Serialize(new Activity { Type = "message", Text = "本季度团队漏斗" });

        Assert.Contains("本季度团队漏斗", json, StringComparison.Ordinal);
    }
}
