using System.Text.RegularExpressions;
using Crm.Bot.Cards;
using Crm.Skills.Conversation;
using Crm.Skills.Results;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Bot.Tests.Cards;

/// <summary>Properties every rendered result has, checked over one sample of each kind.</summary>
public sealed partial class CardCatalogTests
{
    public static TheoryData<string, ReplyLanguage> Samples()
    {
        var data = new TheoryData<string, ReplyLanguage>();
        foreach (var language in Enum.GetValues<ReplyLanguage>())
        {
            foreach (var (name, _) in CardSamples.All(language))
                data.Add(name, language);
        }
        return data;
    }

    private static RenderedMessage Render(string name, ReplyLanguage language)
    {
        var result = CardSamples.All(language).Single(s => s.Name == name).Result;
        return language == ReplyLanguage.Chinese ? Rendering.Chinese(result) : Rendering.English(result);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void EveryResult_AnyLanguage_IsAVersion15CardOrTextWithFewSuggestions(string name, ReplyLanguage language)
    {
        var message = Render(name, language);

        Assert.False(string.IsNullOrWhiteSpace(message.Text));
        Assert.InRange(message.SuggestedActions.Count, 0, 3);
        if (message.Card is { } card)
        {
            Assert.Equal("AdaptiveCard", (string?)card["type"]);
            Assert.Equal("1.5", (string?)card["version"]);
            Assert.Equal("http://adaptivecards.io/schemas/adaptive-card.json", (string?)card["$schema"]);
            Assert.All(Rendering.OfType(card, "TextBlock"), t => Assert.False(string.IsNullOrWhiteSpace((string?)t["text"])));
            Assert.True(card.ToJsonString().Length * 2 < 80 * 1024, "card over the 80 KB message budget");
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void EveryResult_Chinese_HasNoEnglishWording(string name, ReplyLanguage language)
    {
        if (language != ReplyLanguage.Chinese)
            return;

        var message = Render(name, language);

        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", message.Text);
        Assert.DoesNotMatch(EnglishWords(), message.Text);
        Assert.All(message.SuggestedActions, s => Assert.DoesNotMatch(EnglishWords(), s.Title));
    }

    [Fact]
    public void Render_SeveralParts_GivesOneMessageEachInOrder()
    {
        var reply = new CardReplyRenderer().Render(
            TurnReply.Of(ReplyLanguage.English, new MessageResult("First."), new RefusalResult(RefusalReason.NothingToUndo, "")),
            new RenderContext("en-US", TimeZoneInfo.Utc));

        Assert.Equal(["First.", "Sorry, there's nothing to undo in this conversation."], reply.Messages.Select(m => m.Text));
    }

    [Fact]
    public void Render_ResultTypeItDoesNotKnow_ShowsTheResultData()
    {
        var message = Rendering.English(new FutureResult("T-55", 1_240_000m));

        Assert.Contains("T-55", message.Text);
    }

    [Fact]
    public void AddCrmCards_Registers_TheCardRenderer()
    {
        using var services = new ServiceCollection().AddCrmCards().BuildServiceProvider();

        Assert.IsType<CardReplyRenderer>(services.GetRequiredService<IReplyRenderer>());
    }

    private sealed record FutureResult(string Id, decimal Amount) : SkillResult;

    [GeneratedRegex(@"\b(Saved|Undo|Stage|Amount|Owner|Total|Deals?|Tickets?|Pipeline|Status|Apply|Cancel|Nothing|Sorry|Choose|Due|Lead|Proposal|Negotiation|Urgent|Normal|empty)\b")]
    private static partial Regex EnglishWords();
}
