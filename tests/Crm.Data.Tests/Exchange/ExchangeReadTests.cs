using System.Text.Json.Nodes;
using Crm.Data.Exchange;
using Crm.Data.Tests.Support;

namespace Crm.Data.Tests.Exchange;

public sealed class ExchangeReadTests
{
    [Fact]
    public void Read_SerializedDocument_GivesTheSameDocumentBack()
    {
        var document = SeedBuilder.EveryField().Build();

        var read = ExchangeJson.Read(ExchangeJson.Serialize(document));

        Assert.True(read.Succeeded, string.Join("\n", read.Problems));
        Assert.Equal(ExchangeJson.Serialize(document), ExchangeJson.Serialize(read.Document!));
    }

    [Fact]
    public void Serialize_Compact_IsOneLineThatReadsBack()
    {
        var document = SeedBuilder.EveryField().Build();

        var line = ExchangeJson.Serialize(document, indented: false);

        Assert.DoesNotContain('\n', line);
        Assert.Equal(ExchangeJson.Serialize(document), ExchangeJson.Serialize(ExchangeJson.Read(line).Document!));
        Assert.Equal(line, ExchangeJson.ToJsonNode(document).ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public void Serialize_Document_UsesTheFormatsSpellings()
    {
        var json = JsonNode.Parse(ExchangeJson.Serialize(SeedBuilder.EveryField().Build()))!;

        Assert.Equal("crm-exchange/1", (string?)json["format"]);
        Assert.Equal("needs_analysis", (string?)json["deals"]![0]!["stage"]);
        Assert.Equal("2026-12-24", (string?)json["deals"]![0]!["closeDate"]);
        Assert.Equal("2026-03-14T05:06:07.123Z", (string?)json["deals"]![0]!["updatedAt"]);
        Assert.Equal("2026-03-04T05:06:07Z", (string?)json["tickets"]![0]!["createdAt"]);
        Assert.Equal("125000.5", json["deals"]![0]!["amount"]!.ToJsonString());
        Assert.Null(json["deals"]![0]!["lostReason"]);
        Assert.True(((JsonObject)json["deals"]![0]!).ContainsKey("lostReason"));
        Assert.Contains("东方航电有限公司", ExchangeJson.Serialize(SeedBuilder.EveryField().Build()), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FileWithManyBadFields_ListsEveryProblemWithItsPath()
    {
        var json = SeedBuilder.EveryField().Build().Edit(root =>
        {
            root["contacts"]![1]!["email"] = "ma.li at dongfang";
            root["contacts"]![0]!["phone"] = "call reception";
            root["deals"]![0]!["stage"] = "almost_won";
            root["deals"]![1]!["closeDate"] = "24/12/2026";
            root["deals"]![1]!["amount"] = "lots";
            root["accounts"]![0]!.AsObject().Remove("name");
            root["activities"]![0]!["occurredAt"] = "2026-03-06 10:00";
            root["tickets"]![0]!["comments"]![1]!["at"] = 5;
            root["tasks"]![0]!["status"] = "finished";
            root["users"]![2]!["timeZone"] = "Mars/Olympus";
        });

        var read = ExchangeJson.Read(json);

        Assert.False(read.Succeeded);
        Assert.Equal(
        [
            "$.users[2].timeZone: 'Mars/Olympus' is not a known IANA time zone such as Asia/Shanghai",
            "$.accounts[0].name: is required",
            "$.contacts[0].phone: 'call reception' is not a valid phone number: it may only hold digits, spaces, dashes, dots, brackets and a leading +",
            "$.contacts[1].email: 'ma.li at dongfang' is not an e-mail address",
            "$.deals[0].stage: 'almost_won' is not one of lead, qualified, needs_analysis, proposal, negotiation, won, lost",
            "$.deals[1].amount: 'lots' is not a number",
            "$.deals[1].closeDate: '24/12/2026' is not a date (YYYY-MM-DD)",
            "$.activities[0].occurredAt: '2026-03-06 10:00' is not a UTC instant (YYYY-MM-DDTHH:MM:SSZ)",
            "$.tickets[0].comments[1].at: 5 is not a UTC instant (YYYY-MM-DDTHH:MM:SSZ)",
            "$.tasks[0].status: 'finished' is not one of open, done",
        ], read.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Read_FileMissingCollectionsAndFormat_ListsEachMissingPart()
    {
        var read = ExchangeJson.Read("""{"users": [], "accounts": {}, "deals": [42]}""");

        Assert.Equal(
        [
            "$.format: is required and must be 'crm-exchange/1'",
            "$.contacts: is required (use [] when there are none)",
            "$.activities: is required (use [] when there are none)",
            "$.tickets: is required (use [] when there are none)",
            "$.tasks: is required (use [] when there are none)",
            "$.accounts: must be an array",
            "$.deals[0]: 42 is not an object",
        ], read.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Read_TextThatIsNotJson_ReportsWhere()
    {
        var read = ExchangeJson.Read("{\n  \"format\": \"crm-exchange/1\",\n  \"users\": [ oops ]\n}");

        var problem = Assert.Single(read.Problems);
        Assert.StartsWith("$: not valid JSON (line 3", problem.ToString(), StringComparison.Ordinal);
    }
}
