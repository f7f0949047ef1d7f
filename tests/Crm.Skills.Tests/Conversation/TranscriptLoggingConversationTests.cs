using Crm.Data.Activities;
using Crm.Skills.Conversation;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>
/// A transcript is logged with what the message around it says (the deal it names, a reminder it asks for) and corrected
/// by the next message like any activity; a voice memo written out as prose is the user's own account of a conversation.
/// </summary>
public sealed class TranscriptLoggingConversationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    private static TurnAttachment Plain(string text) => new("text/plain", "notes.txt", text);

    private const string HarborCall = "Riley Chen: Thanks for the time, Dev.\nDev Malik: The depot reports are still slow every morning.\n";

    private const string BaichuanCall = "周杰：韩总好，仓储系统用得怎么样？\n韩梅：整体不错，就是盘点报表有点慢。\n";

    [Fact]
    public async Task Transcript_WhoseMessageNamesOneOfTwoOpenDeals_IsLoggedOnThatDeal()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        const string text = "Riley Chen: Thanks for joining, Lena.\nLena Marsh: The points rules look right, we want the app live before spring.\n";

        await chat.SendAsync("U-REP", "pinecrest loyalty app sync notes from this morning, pls log", MessageSource.Chat, Plain(text));

        await using var db = chat.Store();
        Assert.Equal(("ACC-PIN", "D-P2"), await db.Activities.Select(a => ValueTuple.Create(a.AccountId, a.DealId)).SingleAsync());
    }

    [Theory]
    [InlineData("U-REP", "call w/ Dev at Harbor, log it and remind me to send him the pricing sheet friday", "pricing sheet", 20)]
    [InlineData("U-ZH", "跟百川韩总的电话转写，帮我记一下，顺便提醒我下周一把合同初稿发给她", "合同初稿", 23)]
    public async Task Transcript_WhoseMessageAsksForAReminder_WritesTheTaskWithTheActivity(string user, string message, string words, int day)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync(user, message, MessageSource.Chat, Plain(user == "U-ZH" ? BaichuanCall : HarborCall));

        await using var db = chat.Store();
        var activity = await db.Activities.SingleAsync();
        var task = await db.Tasks.SingleAsync();
        Assert.Contains(words, task.Title, StringComparison.Ordinal);
        Assert.Equal((activity.AccountId, new DateOnly(2026, 11, day)), (task.AccountId, task.DueAt));
        Assert.Equal(1, await db.ChangeSets.CountAsync());
    }

    [Theory]
    [InlineData("U-REP", "call with Dev at Harbor", "actually it wasn't a call, I was at their office in person")]
    [InlineData("U-ZH", "跟百川韩总的通话转写，记一下", "不对，不是电话，是我去门店当面聊的")]
    public async Task Transcript_CorrectedAsTalkedInPersonAtTheirPlace_BecomesAVisit(string user, string message, string correction)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync(user, message, MessageSource.Chat, Plain(user == "U-ZH" ? BaichuanCall : HarborCall));

        await chat.SendAsync(user, correction);

        await using var db = chat.Store();
        var activity = await db.Activities.SingleAsync();
        Assert.Equal((ActivityType.Visit, ActivitySource.Transcript), (activity.Type, activity.Source));
    }

    [Theory]
    [InlineData("U-REP", "voice memo from the parking lot, log it",
        "Voice memo transcript\n\nokay so uh just walked out of Cobalt. sat down with Nina Park, their IT director, for an hour. um main thing is the badge readers keep dropping offline.\n",
        "ACC-CB1", "CON-CB1", "badge readers")]
    [InlineData("U-ZH", "语音备忘转的文字，帮我记一下", "语音备忘\n\n嗯 刚从百川物流出来 跟韩总聊了一个多小时 那个 他们想先在一个仓库试点 就这些\n",
        "ACC-BC", "CON-B1", "试点")]
    public async Task VoiceMemo_WrittenAsProse_IsLoggedAsTheVisitItTellsOf(string user, string message, string memo, string accountId, string contactId, string words)
    {
        await using var chat = await ConversationScript.StartAsync(s =>
        {
            ConversationSeed.Build(s);
            s.Account("ACC-CB1", "Cobalt Mining", "U-REP").Contact("CON-CB1", "ACC-CB1", "Nina Park", title: "IT director")
                .Account("ACC-CB2", "Cobalt Shipping", "U-REP").Contact("CON-CB2", "ACC-CB2", "Omar Haddad", title: "COO");
        }, Now);

        await chat.SendAsync(user, message, MessageSource.Chat, Plain(memo));

        await using var db = chat.Store();
        var activity = await db.Activities.SingleAsync();
        Assert.Equal((accountId, contactId, ActivityType.Visit), (activity.AccountId, activity.ContactId, activity.Type));
        Assert.Contains(words, activity.Summary, StringComparison.Ordinal);
    }
}
