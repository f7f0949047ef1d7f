using System.Text.Json;
using Crm.Data.Activities;
using Crm.Skills.Understanding.Llm;

namespace Crm.Skills.Tests.Understanding.Llm;

public sealed class ModelTurnTests
{
    [Theory]
    [InlineData("how is the harbour refit deal doing?", true)]
    [InlineData("what's open for Pinecrest", true)]
    [InlineData("青松网络最近怎么样？", true)]
    [InlineData("is the harbour refit deal still in proposal?", true)]
    [InlineData("could you move the harbour refit deal to proposal?", false)]
    [InlineData("move the harbour refit deal to proposal", false)]
    [InlineData("just got off a call with Dana at Pinecrest, they want a demo", false)]
    public void IsQuestion_OfAMessage_MatchesWhetherItAsksOnlyToRead(string text, bool expected) =>
        Assert.Equal(expected, ModelTurn.IsQuestion(text));

    [Fact]
    public void Propose_InATranscriptTurn_AppliesOneLoggedActivityAndOffersEverythingElse()
    {
        var turn = new ModelTurn("here's the call", transcript: true, ActivitySource.Chat);

        turn.Propose("log_activity", Args("""{"accountId":"ACC-1","type":"Call","summary":"s","source":"Chat"}"""));
        turn.Propose("log_activity", Args("""{"accountId":"ACC-1","type":"Meeting","summary":"again"}"""));
        turn.Propose("update_deal", Args("""{"dealId":"D-1","stage":"Lost"}"""));

        var applied = Assert.Single(turn.Writes);
        Assert.Equal("Transcript", JsonDocument.Parse(applied.Arguments).RootElement.GetProperty("source").GetString());
        Assert.Equal(["log_activity", "update_deal"], turn.Offers.Select(o => o.Function));
    }

    [Fact]
    public void Propose_OnAQuestion_OffersTheWriteAndAppliesNothing()
    {
        var turn = new ModelTurn("is the harbour refit deal still in proposal?", transcript: false, ActivitySource.Chat);

        var said = turn.Propose("update_deal", Args("""{"dealId":"D-1","stage":"Won"}"""));

        Assert.Empty(turn.Writes);
        Assert.Single(turn.Offers);
        Assert.Contains("offered", said, StringComparison.Ordinal);
    }

    [Fact]
    public void Propose_AWriteOfAKindTheMessageDidNotAskFor_IsOfferedWhileTheAskedOneIsApplied()
    {
        var turn = new ModelTurn("just got off a call with Dana at Pinecrest, they want a demo", transcript: false, ActivitySource.Chat);

        turn.Propose("log_activity", Args("""{"accountId":"ACC-1","type":"Call","summary":"wants a demo"}"""));
        var said = turn.Propose("update_deal", Args("""{"dealId":"D-1","stage":"Lost"}"""));

        Assert.Equal(["log_activity"], turn.Writes.Select(w => w.Function));
        Assert.Equal(["update_deal"], turn.Offers.Select(o => o.Function));
        Assert.Contains("offered", said, StringComparison.Ordinal);
    }

    [Fact]
    public void Propose_SeveralKindsTheMessageAsksFor_AreAllApplied()
    {
        var turn = new ModelTurn("called Dana at Pinecrest, move the harbour refit deal to negotiation and remind me to send the contract Friday",
            transcript: false, ActivitySource.Chat);

        turn.Propose("log_activity", Args("""{"accountId":"ACC-1","type":"Call","summary":"s"}"""));
        turn.Propose("update_deal", Args("""{"dealId":"D-1","stage":"Negotiation"}"""));
        turn.Propose("create_task", Args("""{"title":"Send the contract"}"""));

        Assert.Equal(["log_activity", "update_deal", "create_task"], turn.Writes.Select(w => w.Function));
        Assert.Empty(turn.Offers);
    }

    [Fact]
    public void AskedWrites_OfAMessageTheEmbeddedReadingFindsNoRequestIn_IsNullSoTheModelsReadingStands() =>
        Assert.Null(ModelTurn.AskedWrites("the weather in the harbour is lovely today"));

    [Fact]
    public void Propose_InAMessageAskingNothing_WithNoGroundingToCheck_IsOffered()
    {
        var turn = new ModelTurn("the weather in the harbour is lovely today", transcript: false, ActivitySource.Chat);

        turn.Propose("update_deal", Args("""{"dealId":"D-1","stage":"Won"}"""));

        Assert.Empty(turn.Writes);
        Assert.Single(turn.Offers);
    }

    [Fact]
    public void Propose_SameCallTwice_IsKeptOnce()
    {
        var turn = new ModelTurn("remind me to send the deck", transcript: false, ActivitySource.Voice);

        turn.Propose("create_task", Args("""{"title":"Send the deck"}"""));
        turn.Propose("create_task", Args("""{"title":"Send the deck"}"""));

        Assert.Single(turn.Writes);
    }

    private static Dictionary<string, object?> Args(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, object?>>(json)!;
}
