using Crm.Data.Activities;
using Crm.Skills.Conversation;
using Crm.Skills.Results;
using Crm.Skills.Understanding.Transcripts;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>A transcript whose account is not clear waits in conversation state until the user names the account.</summary>
public sealed class PendingTranscriptConversationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    private const string EnglishVtt = "WEBVTT\n\n00:00:00.000 --> 00:00:04.000\n<v Riley Chen>Thanks for joining, Pat.\n\n"
        + "00:00:04.500 --> 00:00:09.000\n<v Pat Doyle>Happy to. Our warehouse scanners keep losing their pairing.\n\n"
        + "00:00:09.500 --> 00:00:14.000\n<v Riley Chen>Understood. I'll send you the firmware notes by Friday.\n";

    private const string ChineseVtt = "WEBVTT\n\n00:00:00.000 --> 00:00:04.000\n<v 周杰>您好，今天主要聊一下续约。\n\n"
        + "00:00:04.500 --> 00:00:09.000\n<v 钱多多>我们希望把培训也包含进去。\n\n"
        + "00:00:09.500 --> 00:00:14.000\n<v 周杰>好的，我周五把报价发给您。\n";

    private static void Seed(Infrastructure.SeedBuilder s)
    {
        ConversationSeed.Build(s);
        s.Account("ACC-CB1", "Cobalt Mining", "U-REP")
            .Account("ACC-CB2", "Cobalt Shipping", "U-REP")
            .Account("ACC-XQ1", "星桥科技", "U-ZH", "CNY")
            .Account("ACC-XQ2", "星桥物流", "U-ZH", "CNY");
    }

    [Theory]
    [InlineData("notes from this morning's call", "the Harbor one", "ACC-HAR")]
    [InlineData("here is the Cobalt call transcript", "2", "ACC-CB2")]
    [InlineData("here is the Cobalt call transcript", "Cobalt Mining", "ACC-CB1")]
    public async Task Transcript_WithoutAClearAccount_IsLoggedWhenTheUserNamesIt(string message, string answer, string accountId)
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);

        var question = await chat.SendAsync("U-REP", message, MessageSource.Chat, new TurnAttachment("text/vtt", "call.vtt", EnglishVtt));
        await using (var before = chat.Store())
            Assert.Equal(0, await before.Activities.CountAsync());
        question.Single<ClarificationResult>();
        var reply = await chat.SendAsync("U-REP", answer);

        reply.Part<ChangeResult>();
        Assert.NotEmpty(reply.Part<ClarificationResult>().Choices);
        await using var db = chat.Store();
        var activity = await db.Activities.SingleAsync();
        Assert.Equal((accountId, ActivitySource.Transcript), (activity.AccountId, activity.Source));
        Assert.Contains("scanners", activity.Summary);
        Assert.Equal(0, await db.Tasks.CountAsync());
    }

    [Theory]
    [InlineData("第二个", "ACC-XQ2")]
    [InlineData("星桥科技那个", "ACC-XQ1")]
    public async Task Transcript_InChineseWithTwoPossibleAccounts_IsLoggedOnTheOneChosen(string answer, string accountId)
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);

        var question = await chat.SendAsync("U-ZH", "星桥的会议记录", MessageSource.Chat, new TurnAttachment("text/vtt", "会议.vtt", ChineseVtt));
        Assert.Equal(2, question.Single<ClarificationResult>().Choices.Count);
        var reply = await chat.SendAsync("U-ZH", answer);

        reply.Part<ChangeResult>();
        var offer = reply.Part<ClarificationResult>();
        await using (var db = chat.Store())
            Assert.Equal(accountId, (await db.Activities.SingleAsync()).AccountId);
        await chat.SendAsync("U-ZH", offer.Choices[0].Value);
        await using var after = chat.Store();
        var task = await after.Tasks.SingleAsync();
        Assert.Equal((accountId, new DateOnly(2026, 11, 20)), (task.AccountId, task.DueAt));
    }

    [Theory]
    [InlineData("log this call", "Speaker 1: How did the route pilot go?\nSpeaker 2: The drivers like it, but the depot reports are slow.\n", "that was Dev at Harbor", "CON-H1")]
    [InlineData("帮我把这个电话录音记一下", "说话人1：仓储系统上线后用得怎么样？\n说话人2：整体不错，就是盘点报表有点慢。\n", "是百川物流的韩总", "CON-B1")]
    public async Task Transcript_WithAnonymousSpeakers_IsLoggedWithThePersonTheAnswerNames(string message, string text, string answer, string contactId)
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);
        var user = answer.StartsWith("that", StringComparison.Ordinal) ? "U-REP" : "U-ZH";

        (await chat.SendAsync(user, message, MessageSource.Chat, new TurnAttachment("text/plain", "recording.txt", text))).Single<ClarificationResult>();
        await chat.SendAsync(user, answer);

        await using var db = chat.Store();
        Assert.Equal(contactId, (await db.Activities.SingleAsync()).ContactId);
    }

    [Fact]
    public void Keep_AVeryLongChineseTranscript_TrimsItToFitTheStateRow()
    {
        var line = "<v 钱多多>" + new string('货', 200) + "\n";
        var file = new TurnAttachment("text/plain", "long.txt", string.Concat(Enumerable.Repeat(line, 500)));

        var kept = PendingTranscript.Keep(file);

        Assert.InRange(kept.Content.Length * 6, 1, PendingTranscript.MaxJsonChars + 6 * line.Length);
        Assert.StartsWith("<v 钱多多>", kept.Content);
        Assert.Equal(line, PendingTranscript.Keep(new TurnAttachment("text/plain", null, line)).Content);
    }
}
