using Crm.Bot.Cards;
using Crm.Skills.Permissions;
using Crm.Skills.Results;

namespace Crm.Bot.Tests.Cards;

public sealed class ConversationCardTests
{
    private static readonly Choice[] TwoDeals = [new("Harbor Expansion (proposal)", "D-7"), new("Harbor Support (lead)", "D-8")];

    [Fact]
    public void Refusal_English_IsTheSkillsReasonAfterAnApology()
    {
        var message = Rendering.English(new RefusalResult(RefusalReason.NotPermitted,
            "The Harbor Expansion deal is owned by Sam Reed; only the owner or their manager can change it."));

        Assert.Equal("Sorry, the Harbor Expansion deal is owned by Sam Reed; only the owner or their manager can change it. Nothing was saved.", message.Text);
        Assert.Null(message.Card);
        Assert.Empty(message.SuggestedActions);
    }

    [Fact]
    public void Refusal_ChineseForSomeoneElsesDeal_NamesTheOwnerInChinese()
    {
        var refusal = new RefusalResult(RefusalReason.NotPermitted, "The Harbor Expansion deal is owned by Sam Reed; only the owner or their manager can change it.")
        {
            Action = WriteAction.ChangeDeal, Entity = "deals", RecordId = "D-7", RecordLabel = "Harbor Expansion", OwnerName = "Sam Reed",
        };

        var message = Rendering.Chinese(refusal);

        Assert.Equal("抱歉，商机“Harbor Expansion”的负责人是Sam Reed，只能由负责人或其经理修改，未保存任何内容。", message.Text);
    }

    /// <summary>
    /// The skill's English sentence names Chinese records; it is still English, and not shown to a Chinese user. Support may
    /// change no deal at all, so the Chinese sentence says that rather than who owns it.
    /// </summary>
    [Fact]
    public void Refusal_ForADealWithAChineseName_IsWordedWhollyInTheUsersLanguage()
    {
        var refusal = new RefusalResult(RefusalReason.NotPermitted, "The 恒通物流 仓储系统续约 deal is owned by 陈静; support cannot change deals.")
        {
            Action = WriteAction.ChangeDeal, Entity = "deals", RecordId = "D-9", RecordLabel = "恒通物流 仓储系统续约", OwnerName = "陈静", RoleForbids = true,
        };

        Assert.Equal("抱歉，客服不能修改商机“恒通物流 仓储系统续约”，未保存任何内容。", Rendering.Chinese(refusal).Text);
        Assert.Equal("Sorry, the 恒通物流 仓储系统续约 deal is owned by 陈静; support cannot change deals. Nothing was saved.", Rendering.English(refusal).Text);
    }

    /// <summary>The understanding's own Chinese sentence quotes a long Latin value; it is still Chinese, and shown as it is.</summary>
    [Fact]
    public void Refusal_InChineseQuotingALatinValue_IsShownAsWritten()
    {
        var refusal = new RefusalResult(RefusalReason.InvalidValue, "“zheng.hua#kangning.example”不是有效的邮箱地址，没有做任何修改。");

        Assert.Equal("抱歉，“zheng.hua#kangning.example”不是有效的邮箱地址，没有做任何修改。", Rendering.Chinese(refusal).Text);
    }

    [Fact]
    public void Refusal_ChineseInvalidValue_NamesTheFieldAndValue()
    {
        var refusal = new RefusalResult(RefusalReason.InvalidValue, "'12ab' is not a phone number.") { Entity = "contacts", Field = "phone", Value = "12ab" };

        Assert.Equal("抱歉，电话“12ab”无效，未做任何修改。", Rendering.Chinese(refusal).Text);
        Assert.Equal("Sorry, I can't save that: '12ab' is not a phone number. Nothing was saved.", Rendering.English(refusal).Text);
    }

    [Fact]
    public void Refusal_ChineseNotFound_GivesTheId()
    {
        var refusal = new RefusalResult(RefusalReason.NotFound, "There is no ticket with id T-404.") { Entity = "tickets", RecordId = "T-404" };

        Assert.Equal("抱歉，没有找到编号为 T-404 的工单，未做任何修改。", Rendering.Chinese(refusal).Text);
        Assert.Equal("Sorry, there is no ticket with id T-404.", Rendering.English(refusal).Text);
    }

    [Theory]
    [InlineData(RefusalReason.NotPermitted)]
    [InlineData(RefusalReason.InvalidValue)]
    [InlineData(RefusalReason.NotFound)]
    [InlineData(RefusalReason.UnknownUser)]
    [InlineData(RefusalReason.NothingToUndo)]
    [InlineData(RefusalReason.Conflict)]
    public void Refusal_EveryReasonWithoutFacts_ApologisesInEitherLanguage(RefusalReason reason)
    {
        Assert.StartsWith("Sorry", Rendering.English(new RefusalResult(reason, "")).Text);
        Assert.StartsWith("抱歉", Rendering.Chinese(new RefusalResult(reason, "Something in English.")).Text);
        Assert.DoesNotContain("English", Rendering.Chinese(new RefusalResult(reason, "Something in English.")).Text);
        Assert.Equal("抱歉，电话号码格式不正确。", Rendering.Chinese(new RefusalResult(reason, "电话号码格式不正确。")).Text);
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
