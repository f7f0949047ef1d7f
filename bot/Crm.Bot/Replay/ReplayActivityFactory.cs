using System.Text.Json;
using Crm.Bot.Protocol;

namespace Crm.Bot.Replay;

/// <summary>
/// Builds the activity a replay turn stands for, shaped as Teams sends it (replay.md): a personal
/// message from the seed user, or in a team channel a message that mentions the bot.
/// </summary>
internal static class ReplayActivityFactory
{
    private const string BotId = "crm-bot";
    private const string BotName = "CRM Bot";
    private const string ChannelPrefix = "channel:";

    public static Activity Create(ReplayCase replayCase, int turnIndex, DateTimeOffset at)
    {
        var turn = replayCase.Turns[turnIndex];
        var channel = turn.Conversation is { } c && c.StartsWith(ChannelPrefix, StringComparison.Ordinal) ? c[ChannelPrefix.Length..] : null;
        var mention = $"<at>{BotName}</at>";
        return new Activity
        {
            Type = ActivityTypes.Message,
            Id = $"{replayCase.Id}/{turnIndex + 1}",
            Timestamp = at,
            ChannelId = "msteams",
            From = new ChannelAccount { Id = turn.User },
            Recipient = new ChannelAccount { Id = BotId, Name = BotName },
            Conversation = new ConversationAccount
            {
                Id = channel is null ? $"replay/{replayCase.Id}/personal" : $"replay/{replayCase.Id}/channel/{channel}",
                ConversationType = channel is null ? "personal" : "channel",
                IsGroup = channel is not null,
                Name = channel,
            },
            Text = channel is null ? turn.Text : $"{mention} {turn.Text}",
            Entities = channel is null ? null : [MentionEntity(mention)],
            Attachments = turn.Attachments.Count == 0 ? null : [.. turn.Attachments.Select(ToAttachment)],
        };
    }

    private static JsonElement MentionEntity(string mentionText) => JsonSerializer.SerializeToElement(new
    {
        type = "mention",
        text = mentionText,
        mentioned = new { id = BotId, name = BotName },
    });

    private static Attachment ToAttachment(ReplayAttachment attachment) => new()
    {
        ContentType = attachment.ContentType,
        Name = attachment.Name,
        Content = attachment.Content,
    };
}
