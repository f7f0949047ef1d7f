using Crm.Bot.Cards;
using Crm.Skills.Results;

namespace Crm.Bot.Tests.Cards;

public sealed class ConversationCardTests
{
    private static readonly Choice[] TwoDeals = [new("Harbor Expansion (proposal)", "D-7"), new("Harbor Support (lead)", "D-8")];

    [Fact]
    public void Refusal_English_IsAPoliteSentenceWithTheReason()
    {
        var message = Rendering.English(new RefusalResult(RefusalReason.NotPermitted, "That deal is owned by Sam Reed."));

        Assert.StartsWith("Sorry, you don't have permission", message.Text);
        Assert.EndsWith("That deal is owned by Sam Reed.", message.Text);
        Assert.Null(message.Card);
        Assert.Empty(message.SuggestedActions);
    }

    [Fact]
    public void Refusal_Chinese_ApologisesInChineseWithoutEnglishDetail()
    {
        var message = Rendering.Chinese(new RefusalResult(RefusalReason.NotPermitted, "That deal is owned by Sam Reed."));

        Assert.StartsWith("抱歉", message.Text);
        Assert.DoesNotContain("Sam Reed", message.Text);
    }

    [Theory]
    [InlineData(RefusalReason.InvalidValue)]
    [InlineData(RefusalReason.NotFound)]
    [InlineData(RefusalReason.UnknownUser)]
    [InlineData(RefusalReason.NothingToUndo)]
    [InlineData(RefusalReason.Conflict)]
    public void Refusal_EveryReason_SaysSorryInBothLanguages(RefusalReason reason)
    {
        Assert.StartsWith("Sorry", Rendering.English(new RefusalResult(reason, "")).Text);
        Assert.StartsWith("抱歉", Rendering.Chinese(new RefusalResult(reason, "电话号码格式不正确。")).Text);
        Assert.EndsWith("电话号码格式不正确。", Rendering.Chinese(new RefusalResult(reason, "电话号码格式不正确。")).Text);
    }

    [Fact]
    public void Clarification_FewChoices_OffersEachAsAButtonAndAsASuggestedReply()
    {
        var message = Rendering.English(new ClarificationResult("Which Harbor deal?", TwoDeals));

        var buttons = message.Card!["actions"]!.AsArray();
        Assert.Equal(["D-7", "D-8"], buttons.Select(b => (string?)b!["data"]!["choice"]));
        Assert.All(buttons, b => Assert.Equal("choose", (string?)b!["data"]!["action"]));
        Assert.Equal(TwoDeals.Select(c => new SuggestedReply(c.Title, c.Value)), message.SuggestedActions);
        Assert.Equal("Which Harbor deal?\n1. Harbor Expansion (proposal)\n2. Harbor Support (lead)", message.Text);
    }

    [Fact]
    public void Clarification_ManyChoices_UsesOnePickerAndAtMostThreeSuggestions()
    {
        Choice[] choices = [.. Enumerable.Range(1, 7).Select(i => new Choice($"Option {i}", $"V-{i}"))];

        var message = Rendering.Chinese(new ClarificationResult("选哪个？", choices));

        var picker = Assert.Single(Rendering.OfType(message.Card, "Input.ChoiceSet"));
        Assert.Equal(CardActions.ChoiceKey, (string?)picker["id"]);
        Assert.Equal(7, picker["choices"]!.AsArray().Count);
        var submit = Assert.Single(message.Card!["actions"]!.AsArray())!;
        Assert.Equal("确定", (string?)submit["title"]);
        Assert.Equal(3, message.SuggestedActions.Count);
        Assert.Contains("7. Option 7", message.Text);
    }

    [Fact]
    public void Message_PlainText_HasNoCard()
    {
        var message = Rendering.English(new MessageResult("Okay, noted."));

        Assert.Equal("Okay, noted.", message.Text);
        Assert.Null(message.Card);
    }
}
