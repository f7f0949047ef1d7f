using System.Text.Json;
using Crm.Bot.Protocol;
using Crm.Bot.Teams;

namespace Crm.Bot.Tests.Teams;

/// <summary>Activities shaped as Teams sends them (ids opaque, tenant in channelData, mentions as entities).</summary>
public static class TeamsActivities
{
    public const string BotId = "28:" + BotApplication.AppId;
    public const string BotName = "CRM Bot";
    public const string TenantId = "tenant-1";
    public const string ChannelThread = "19:general-thread@thread.tacv2;messageid=1731950000000";
    private static int sequence;

    public static Activity Personal(string serviceUrl, string text, string aadObjectId = "aad-avery", string locale = "en-US") =>
        Base(serviceUrl, ActivityTypes.Message, "personal", "a:1personal-" + aadObjectId, aadObjectId, locale, text);

    /// <summary>A channel message that @mentions the bot, as Teams sends it.</summary>
    public static Activity ChannelMention(string serviceUrl, string text, string aadObjectId = "aad-avery", string locale = "en-US")
    {
        var activity = Base(serviceUrl, ActivityTypes.Message, "channel", ChannelThread, aadObjectId, locale, $"<at>{BotName}</at> {text}");
        activity.Entities = [Mentions.Entity(BotId, BotName)];
        activity.ChannelData = JsonSerializer.SerializeToElement(new
        {
            tenant = new { id = TenantId },
            team = new { id = "19:team@thread.tacv2", name = "Sales" },
            channel = new { id = "19:general-thread@thread.tacv2", name = "General" },
        });
        return activity;
    }

    public static Activity Channel(string serviceUrl, string text) =>
        Base(serviceUrl, ActivityTypes.Message, "channel", ChannelThread, "aad-avery", "en-US", text);

    public static Activity Base(string serviceUrl, string type, string conversationType, string conversationId, string aadObjectId, string locale, string? text = null) => new()
    {
        Type = type,
        Id = $"{1731950000000 + Interlocked.Increment(ref sequence)}",
        Timestamp = BotApplication.Start,
        ServiceUrl = serviceUrl,
        ChannelId = "msteams",
        From = new ChannelAccount { Id = "29:user-" + aadObjectId, Name = "Teams User", AadObjectId = aadObjectId },
        Recipient = new ChannelAccount { Id = BotId, Name = BotName },
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = conversationType, TenantId = TenantId, IsGroup = conversationType != "personal" ? true : null },
        Locale = locale,
        Text = text,
        ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = TenantId } }),
    };
}
