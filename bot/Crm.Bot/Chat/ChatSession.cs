using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Bot.Cards;
using Crm.Bot.Protocol;
using Crm.Bot.Teams;
using Crm.Data.Users;

namespace Crm.Bot.Chat;

/// <summary>
/// One terminal conversation: each line becomes a personal message activity from the user and runs
/// through <see cref="MessageTurns"/>; what the bot sends back is printed as plain text, with
/// suggested replies numbered so they can be typed.
/// </summary>
internal sealed class ChatSession(IServiceProvider services, User speaker, bool explain, TextWriter output)
{
    private readonly string conversationId = $"terminal/{speaker.Id}";

    public async Task SayAsync(string text, CancellationToken cancellationToken)
    {
        var time = services.GetRequiredService<TimeProvider>();
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = Guid.NewGuid().ToString("N"),
            Timestamp = time.GetUtcNow(),
            ChannelId = "terminal",
            From = new ChannelAccount { Id = speaker.Id, Name = speaker.Name },
            Recipient = new ChannelAccount { Id = "crm-bot", Name = "CRM Bot" },
            Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal" },
            Text = text,
        };
        var sender = new CollectingActivitySender();
        var turns = services.GetRequiredService<MessageTurns>();
        var replies = await turns.RunAsync(activity, ActivityOrigin.InProcess, sender, cancellationToken,
            reply => { if (explain && reply.Explanation is { } why) output.WriteLine(why.ToString()); });
        foreach (var reply in sender.Sent.Concat(replies ?? []).Where(a => a.Type == ActivityTypes.Message))
            output.WriteLine(Describe(reply));
    }

    private static string Describe(Activity reply)
    {
        var lines = new List<string>();
        if (!string.IsNullOrWhiteSpace(reply.Text))
            lines.Add(reply.Text);
        else
            lines.AddRange(CardTexts(reply));
        var choices = reply.SuggestedActions?.Actions ?? [];
        lines.AddRange(choices.Select((c, i) => $"  [{i + 1}] {c.Title}"));
        return string.Join(Environment.NewLine, lines) + Environment.NewLine;
    }

    private static IEnumerable<string> CardTexts(Activity reply) =>
        (reply.Attachments ?? [])
            .Where(a => a.ContentType == ContentTypes.AdaptiveCard && a.Content is { ValueKind: JsonValueKind.Object })
            .Select(a => PlainText.FromCard(JsonNode.Parse(a.Content!.Value.GetRawText())!.AsObject()));
}
