using Crm.Data.Activities;
using Crm.Skills.Conversation;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>The same behaviour in Simplified Chinese: honorifics, Chinese numbers and dates, partial company names.</summary>
public sealed class ChineseConversationTests
{
    // Wednesday 18 Nov 2026, 23:00 in Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Visit_WithSurnameAndHonorific_LogsOnThatContactAndRepliesInChinese()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var reply = await chat.SendAsync("U-ZH", "今天下午拜访了云杉的沈经理，聊了数据中台的上线计划");

        Assert.Equal(ReplyLanguage.Chinese, reply.Language);
        await using var db = chat.Store();
        var activity = await db.Activities.SingleAsync(a => a.UserId == "U-ZH");
        Assert.Equal(("ACC-YS", "CON-Y2", ActivityType.Visit), (activity.AccountId, activity.ContactId, activity.Type));
        Assert.Contains("上线计划", activity.Summary);
    }

    [Fact]
    public async Task WriteThatChangesNothing_IsAnsweredInChinese()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var reply = await chat.SendAsync("U-ZH", "百川物流仓储管理推进到谈判阶段");

        Assert.Equal("没有做任何修改。", reply.Single<MessageResult>().Text);
    }

    [Fact]
    public async Task ContactEmail_SaidAsAStatement_UpdatesTheContact()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "云杉信息沈悦的邮箱是 shenyue@yunshan.example");

        await using var db = chat.Store();
        Assert.Equal("shenyue@yunshan.example", (await db.Contacts.SingleAsync(c => c.Id == "CON-Y2")).Email);
    }

    [Fact]
    public async Task AmountInChineseNumerals_OnAccountWithTwoDeals_AsksThenUpdatesTheChosenOne()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var question = (await chat.SendAsync("U-ZH", "云杉的单子金额改成三十二万")).Single<ClarificationResult>();
        Assert.Equal(2, question.Choices.Count);
        await chat.SendAsync("U-ZH", "数据中台那个");

        await using var db = chat.Store();
        Assert.Equal(320000m, (await db.Deals.SingleAsync(d => d.Id == "D-Y1")).Amount);
        Assert.Equal(120000m, (await db.Deals.SingleAsync(d => d.Id == "D-Y2")).Amount);
    }

    [Fact]
    public async Task Honorific_SharedByTwoAccounts_AsksThenAccountAnswerCreatesTheTask()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        (await chat.SendAsync("U-ZH", "提醒我下周三给韩总发报价单")).Single<ClarificationResult>();
        await chat.SendAsync("U-ZH", "百川物流的");

        await using var db = chat.Store();
        var task = await db.Tasks.SingleAsync(t => t.OwnerId == "U-ZH");
        Assert.Equal(("CON-B1", "ACC-BC", new DateOnly(2026, 11, 25)), (task.ContactId, task.AccountId, task.DueAt));
        Assert.Contains("报价单", task.Title);
    }

    [Fact]
    public async Task StageWordAndChineseAmount_OnNamedDeal_UpdatesBoth()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "百川物流仓储管理进入谈判签约，金额调整为二十一万");

        await using var db = chat.Store();
        var deal = await db.Deals.SingleAsync(d => d.Id == "D-B1");
        Assert.Equal((Crm.Data.Deals.DealStage.Negotiation, 210000m), (deal.Stage, deal.Amount));
    }

    [Fact]
    public async Task Greeting_InChinese_IsWelcomedWithoutWriting()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var reply = await chat.SendAsync("U-ZH", "你好");

        reply.Single<WelcomeResult>();
        Assert.Equal(ReplyLanguage.Chinese, reply.Language);
    }

    [Fact]
    public async Task OutOfScopeRequest_InChinese_IsDeclinedWithoutWriting()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var reply = await chat.SendAsync("U-ZH", "帮我订一间明晚杭州的酒店");

        reply.Single<MessageResult>();
        await using var db = chat.Store();
        Assert.Equal(0, await db.ChangeSets.CountAsync());
    }
}
