using Crm.Data.Activities;
using Crm.Skills.Conversation;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>Reads and small talk write nothing; a transcript logs one activity and offers its follow-ups.</summary>
public sealed class ReadingAndTranscriptConversationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    public static TheoryData<string, string, Type> Reads => new()
    {
        { "U-REP", "how are things with Pinecrest?", typeof(CustomerSummaryResult) },
        { "U-SUP", "what's the history with Harbor?", typeof(HistoryResult) },
        { "U-MGR", "pipeline for my team this quarter", typeof(PipelineResult) },
        { "U-REP", "my deals closing this month", typeof(DealListResult) },
        { "U-SUP", "which tickets assigned to me are still open?", typeof(TicketListResult) },
        { "U-ZH", "云杉什么情况", typeof(CustomerSummaryResult) },
        { "U-ZH", "我这个季度的漏斗", typeof(PipelineResult) },
        { "U-ZH", "我名下有哪些单子这个月要关", typeof(DealListResult) },
        { "U-ZH", "列一下我手上还在跟的单子", typeof(DealListResult) },
        { "U-REP", "how's my pipe looking?", typeof(PipelineResult) },
        { "U-SUP", "show me T-700", typeof(TicketListResult) },
        { "U-SUP", "is T-700 resolved?", typeof(TicketListResult) },
        { "U-SUP", "T-700 现在什么情况", typeof(TicketListResult) },
        { "U-REP", "hey there", typeof(WelcomeResult) },
        { "U-REP", "what can you do?", typeof(HelpResult) },
        { "U-REP", "what's the score of the game tonight?", typeof(MessageResult) },
    };

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task ReadOrSmallTalk_IsAnsweredWithoutWriting(string user, string message, Type expected)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var reply = await chat.SendAsync(user, message);

        Assert.IsType(expected, Assert.Single(reply.Parts));
        await using var db = chat.Store();
        Assert.Equal(0, await db.ChangeSets.CountAsync());
    }

    [Fact]
    public async Task Transcript_OfACall_LogsOneActivityAndAppliesTheOfferedFollowUpOnRequest()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        const string vtt = "WEBVTT\n\n00:00:00.000 --> 00:00:03.000\n<v Riley Chen>Hi Dev, thanks for taking the call.\n\n"
            + "00:00:03.500 --> 00:00:09.000\n<v Dev Malik>Sure. The route planner pilot cut fuel costs by twelve percent.\n\n"
            + "00:00:09.500 --> 00:00:14.000\n<v Riley Chen>Great. I'll send you the rollout quote by Friday.\n";

        var reply = await chat.SendAsync("U-REP", "transcript of today's call with Harbor", MessageSource.Chat,
            new TurnAttachment("text/vtt", "harbor.vtt", vtt));

        reply.Part<ChangeResult>();
        var offer = reply.Part<ClarificationResult>();
        Assert.NotEmpty(offer.Choices);
        await using (var db = chat.Store())
        {
            var activity = await db.Activities.SingleAsync();
            Assert.Equal((ActivitySource.Transcript, ActivityType.Call, "CON-H1"), (activity.Source, activity.Type, activity.ContactId));
            Assert.Contains("fuel", activity.Summary);
            Assert.Equal(0, await db.Tasks.CountAsync());
        }
        await chat.SendAsync("U-REP", offer.Choices[0].Value);
        await using var after = chat.Store();
        var task = await after.Tasks.SingleAsync();
        Assert.Equal(new DateOnly(2026, 11, 20), task.DueAt);
    }

    [Theory]
    [InlineData("here's the transcript from yesterday's call with Dev at Harbor", 17)]
    [InlineData("昨天和Harbor的通话记录", 17)]
    [InlineData("transcript of the Harbor call", 18)]
    public async Task Transcript_OfACallOnAnotherDay_IsDatedThatDay(string message, int day)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        const string vtt = "WEBVTT\n\n00:00:00.000 --> 00:00:03.000\n<v Riley Chen>Hi Dev, thanks for taking the call.\n\n"
            + "00:00:03.500 --> 00:00:09.000\n<v Dev Malik>The route planner pilot cut fuel costs by twelve percent.\n";

        await chat.SendAsync("U-REP", message, MessageSource.Chat, new TurnAttachment("text/vtt", "harbor.vtt", vtt));

        await using var db = chat.Store();
        var activity = await db.Activities.SingleAsync();
        Assert.Equal(new DateOnly(2026, 11, day), DateOnly.FromDateTime(activity.OccurredAt.AddHours(-8)));
    }
}
