using System.Text.Json;
using Crm.Bot.Protocol;
using Crm.Bot.Teams;
using Crm.Skills.Conversation;

namespace Crm.Bot.Tests.Teams;

/// <summary>The shared inbound mapping: activity → TurnInput.</summary>
public sealed class ActivityTurnMappingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 20, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ChannelMention_Maps_UserConversationTextKindAndTimestamp()
    {
        var activity = TeamsActivities.ChannelMention("https://smba.example.test/teams/", "pipeline for my team");

        var input = ActivityTurnMapping.ToTurnInput(activity, "U-T1", Now);

        Assert.Equal(("U-T1", TeamsActivities.ChannelThread, activity.Id, "pipeline for my team", BotApplication.Start, ConversationKind.Channel),
            (input.UserId, input.ConversationId, input.MessageId, input.Text, input.ReceivedAt, input.Kind));
        Assert.Null(input.CardValue);
    }

    [Fact]
    public void NoTimestamp_ReceivedAt_IsTheClocksNow()
    {
        var activity = TeamsActivities.Personal("https://smba.example.test/teams/", "hi");
        activity.Timestamp = null;

        Assert.Equal(Now, ActivityTurnMapping.ToTurnInput(activity, "U-T1", Now).ReceivedAt);
    }

    [Fact]
    public void SubmitAndExecute_CardData_BothBecomeCardValue()
    {
        var submit = TeamsActivities.Personal("https://smba.example.test/teams/", "");
        submit.Value = JsonSerializer.SerializeToElement(new { undo = 42 });
        var execute = TeamsActivities.Base("https://smba.example.test/teams/", ActivityTypes.Invoke, "groupChat", "19:chat", "aad-avery", "en-US");
        execute.Name = "adaptiveCard/action";
        execute.Value = JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", verb = "undo", data = new { undo = 42 } } });

        var fromSubmit = ActivityTurnMapping.ToTurnInput(submit, "U-T1", Now);
        var fromExecute = ActivityTurnMapping.ToTurnInput(execute, "U-T1", Now);

        Assert.Equal(42, fromSubmit.CardValue!.Value.GetProperty("undo").GetInt32());
        Assert.Equal(42, fromExecute.CardValue!.Value.GetProperty("undo").GetInt32());
        Assert.Null(fromSubmit.Text);
        Assert.Equal(ConversationKind.Group, fromExecute.Kind);
    }

    [Fact]
    public void InlineTranscript_Attachments_AreMappedAndOthersSkipped()
    {
        var activity = TeamsActivities.Personal("https://smba.example.test/teams/", "transcript");
        activity.Attachments =
        [
            new Attachment { ContentType = "text/vtt", Name = "call.vtt", Content = JsonSerializer.SerializeToElement("WEBVTT") },
            new Attachment { ContentType = "image/png", ContentUrl = "https://files.example.test/a.png" },
        ];

        var input = ActivityTurnMapping.ToTurnInput(activity, "U-T1", Now);

        Assert.Equal(new TurnAttachment("text/vtt", "call.vtt", "WEBVTT"), Assert.Single(input.Attachments));
    }
}
