using Crm.Bot.Protocol;
using Crm.Bot.Teams;

namespace Crm.Bot.Tests.Teams;

/// <summary>PROTOCOLS §6.2 and §7.6.</summary>
public sealed class MentionsTests
{
    private static Activity Channel(string text, params (string Id, string Name, string? Text)[] mentions) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Recipient = new ChannelAccount { Id = "28:bot", Name = "CRM Bot" },
        Entities = mentions.Select(m => Crm.Bot.Protocol.ActivityJson.ToElement(new { type = "mention", mentioned = new { id = m.Id, name = m.Name }, text = m.Text })).ToList(),
    };

    [Fact]
    public void BotMention_AtStart_IsRemovedAndTrimmed()
    {
        var activity = Channel("<at>CRM Bot</at> log a call with the buyer", ("28:bot", "CRM Bot", "<at>CRM Bot</at>"));

        Assert.Equal("log a call with the buyer", Mentions.StripBotMention(activity));
        Assert.True(Mentions.MentionsRecipient(activity));
    }

    [Fact]
    public void OtherUsersMention_IsKeptWhileTheBotsIsRemoved()
    {
        var activity = Channel("<at>CRM Bot</at> assign it to <at>Jordan Lee</at>", ("28:bot", "CRM Bot", "<at>CRM Bot</at>"), ("29:jordan", "Jordan Lee", "<at>Jordan Lee</at>"));

        Assert.Equal("assign it to <at>Jordan Lee</at>", Mentions.StripBotMention(activity));
    }

    [Fact]
    public void ChineseTextAroundMention_IsKeptIntact()
    {
        var activity = Channel("请<at>CRM Bot</at>记录:今天拜访了客户\u00a0王总", ("28:bot", "CRM Bot", "<at>CRM Bot</at>"));

        Assert.Equal("请记录:今天拜访了客户 王总", Mentions.StripBotMention(activity));
    }

    [Fact]
    public void MentionEntityWithoutText_UsesTheMentionedName()
    {
        var activity = Channel("<at>crm bot</at>&nbsp;pipeline", ("28:bot", "CRM Bot", null));

        Assert.Equal("pipeline", Mentions.StripBotMention(activity));
    }

    [Fact]
    public void MentionOfSomeoneElseOnly_DoesNotCountAsMentioningTheBot()
    {
        var activity = Channel("<at>Jordan Lee</at> can you check", ("29:jordan", "Jordan Lee", "<at>Jordan Lee</at>"));

        Assert.False(Mentions.MentionsRecipient(activity));
        Assert.Equal("<at>Jordan Lee</at> can you check", Mentions.StripBotMention(activity));
    }
}
