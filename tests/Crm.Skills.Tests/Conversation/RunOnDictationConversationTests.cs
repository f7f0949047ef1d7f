using Crm.Data.Activities;
using Crm.Data.Deals;
using Microsoft.EntityFrameworkCore;
using Crm.Skills.Conversation;

namespace Crm.Skills.Tests.Conversation;

/// <summary>
/// Dictated Chinese with no commas and several requests in one breath ("…开会 续约 金额 定 十九万八 提醒我 周五 前 发 合同"):
/// each request is carried out, and the same words typed without the spaces are read the same.
/// </summary>
public sealed class RunOnDictationConversationTests
{
    // Wednesday 18 Nov 2026, 23:00 in Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private static string Said(string dictated, bool spaced) => spaced ? dictated : dictated.Replace(" ", "", StringComparison.Ordinal);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task MeetingAmountAndReminder_InOneRun_AreEachWritten(bool spaced)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", Said("嗯 今天 跟 百川 韩总 开会 仓储管理 金额 定 二十一万八 提醒我 周五 前 发 合同", spaced), MessageSource.Voice);

        await using var db = chat.Store();
        var meeting = await db.Activities.SingleAsync();
        Assert.Equal((ActivityType.Meeting, "ACC-BC", "CON-B1"), (meeting.Type, meeting.AccountId, meeting.ContactId));
        Assert.Equal(218000m, (await db.Deals.SingleAsync(d => d.Id == "D-B1")).Amount);
        var task = await db.Tasks.SingleAsync();
        Assert.Equal(new DateOnly(2026, 11, 20), task.DueAt);
        Assert.DoesNotContain("金额", task.Title);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task MeetingStageAmountAndReminder_InOneRun_AreEachWritten(bool spaced)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", Said("嗯 帮我记一下 今天 跟 云杉 韩总 开了个会 数据中台 他们 高层 拍板了 推到 谈判签约 金额 三十二万 嗯 提醒我 下周一 检查一下合同进度", spaced), MessageSource.Voice);

        await using var db = chat.Store();
        Assert.Equal(("ACC-YS", "CON-Y1"), ((await db.Activities.SingleAsync()).AccountId, (await db.Activities.SingleAsync()).ContactId));
        var deal = await db.Deals.SingleAsync(d => d.Id == "D-Y1");
        Assert.Equal((DealStage.Negotiation, 320000m), (deal.Stage, deal.Amount));
        var task = await db.Tasks.SingleAsync();
        Assert.Equal((new DateOnly(2026, 11, 23), "检查一下合同进度"), (task.DueAt, task.Title));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task NewsBeforeAnAmountAndADeadlineAfterIt_GoToTheMeetingAndATask(bool spaced)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", Said("嗯 云杉 韩总 刚才 视频会议 嗯 他们 数据中台 预算批下来了 金额 八万五 那个 阶段改成谈判签约 然后 那个 下周一之前 把报价单发给他", spaced), MessageSource.Voice);

        await using var db = chat.Store();
        Assert.Contains("预算", (await db.Activities.SingleAsync()).Summary);
        var deal = await db.Deals.SingleAsync(d => d.Id == "D-Y1");
        Assert.Equal((DealStage.Negotiation, 85000m), (deal.Stage, deal.Amount));
        var task = await db.Tasks.SingleAsync();
        Assert.Equal(new DateOnly(2026, 11, 23), task.DueAt);
        Assert.Contains("报价单", task.Title);
    }

    [Fact]
    public async Task AmountBesideAVisit_ByARepWhoDoesNotOwnTheDeal_IsRefusedAndNothingIsWritten()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "嗯 今天 去百川 拜访了 韩总 他们 仓储管理 金额 敲定 二十二万 帮我更新一下", MessageSource.Voice);

        await using var db = chat.Store();
        Assert.Equal(200000m, (await db.Deals.SingleAsync(d => d.Id == "D-B1")).Amount);
        Assert.Empty(await db.Activities.ToListAsync());
    }

    [Theory]
    [InlineData("呃 百川 韩总 那边 打电话 来 问 发票 的 事 嗯 不是 系统 问题 不用 建工单 帮我 记一下 就行")]
    [InlineData("百川韩总打电话来问发票的事，不是系统问题，不需要开工单，记一下就行")]
    public async Task NoNeedForATicket_OnlyTheCallIsLogged(string message)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", message, MessageSource.Voice);

        await using var db = chat.Store();
        var call = await db.Activities.SingleAsync();
        Assert.Equal((ActivityType.Call, "ACC-BC"), (call.Type, call.AccountId));
        Assert.Empty(await db.Tickets.Where(t => t.AccountId == "ACC-BC").ToListAsync());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AmountAgreedOnTheCall_ThenAskedToBeChanged_IsTheDealsAmount(bool spaced)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", Said("呃 今天 跟百川的韩总 打了电话 仓储管理 他们 同意 二十万五 嗯 金额改一下 然后 预计成交 嗯 推到 下个月十号", spaced), MessageSource.Voice);

        await using var db = chat.Store();
        Assert.Equal(ActivityType.Call, (await db.Activities.SingleAsync()).Type);
        var deal = await db.Deals.SingleAsync(d => d.Id == "D-B1");
        Assert.Equal((205000m, new DateOnly(2026, 12, 10)), (deal.Amount, deal.CloseDate));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task PriceAgreedOnTheCall_BeforeASigningDate_IsTheDealsAmount(bool spaced)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", Said("跟 百川 韩总 通了 电话 嗯 价格 谈 下来 了 十九万八 然后 预计 月底 签", spaced), MessageSource.Voice);

        await using var db = chat.Store();
        Assert.Equal(ActivityType.Call, (await db.Activities.SingleAsync()).Type);
        var deal = await db.Deals.SingleAsync(d => d.Id == "D-B1");
        Assert.Equal((198000m, new DateOnly(2026, 11, 30)), (deal.Amount, deal.CloseDate));
    }

    [Theory]
    [InlineData("嗯 那个 云杉 沈悦 今天 来电话 说 数据中台 那个 想 加个 移动端 模块 金额 改成 三十八万", DealStage.Proposal, 380000)]
    [InlineData("嗯 今天 跟 云杉 沈悦 又通了个电话 他说 运维外包 要 加 移动端APP 金额 可能 要 到 十五万 嗯 先改成 十五万 吧 阶段 需求挖掘", DealStage.NeedsAnalysis, 150000)]
    public async Task DealChangeAfterACall_WithNoCommaBetween_IsMadeBesideTheCall(string message, DealStage stage, int amount)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", message, MessageSource.Voice);

        await using var db = chat.Store();
        var call = await db.Activities.SingleAsync();
        Assert.Equal((ActivityType.Call, "CON-Y2"), (call.Type, call.ContactId));
        var deal = await db.Deals.SingleAsync(d => d.Id == call.DealId);
        Assert.Equal((stage, (decimal)amount), (deal.Stage, deal.Amount));
    }

    [Fact]
    public async Task NewsToldThenSaidToHaveComeByPhone_IsACallAboutTheNews_BesideTheDealChange()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "嗯 那个 云杉 韩总 说 他们 院里 预算 下来了 嗯 运维外包 改到 谈判签约 金额 十四万 预计 月底 签 嗯 今天 电话 说的", MessageSource.Voice);

        await using var db = chat.Store();
        var deal = await db.Deals.SingleAsync(d => d.Id == "D-Y2");
        Assert.Equal((DealStage.Negotiation, 140000m, new DateOnly(2026, 11, 30)), (deal.Stage, deal.Amount, deal.CloseDate));
        var call = await db.Activities.SingleAsync();
        Assert.Equal((ActivityType.Call, "CON-Y1"), (call.Type, call.ContactId));
        Assert.Contains("预算", call.Summary);
    }

    [Fact]
    public async Task EmailToldAsDone_ThenAReminder_LogsTheEmailAndTheTask()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, new DateTimeOffset(2026, 11, 18, 10, 0, 0, TimeSpan.Zero));

        await chat.SendAsync("U-ZH", "那个 嗯 今天 下午 给百川 韩总 发了封邮件 把 付款 节点 嗯 确认了一下 然后 提醒我 下周三 问问 首付款 到没到", MessageSource.Voice);

        await using var db = chat.Store();
        var email = await db.Activities.SingleAsync();
        Assert.Equal((ActivityType.Email, "CON-B1"), (email.Type, email.ContactId));
        Assert.Contains("付款", email.Summary);
        var task = await db.Tasks.SingleAsync();
        Assert.Equal(("问问首付款到没到", new DateOnly(2026, 11, 25)), (task.Title, task.DueAt));
    }

    [Fact]
    public async Task VisitThenANoteOnATicket_InOneRun_LogsTheVisitAndAddsTheNote()
    {
        // Monday 23 Nov 2026, 09:30 in Shanghai: "周六" told of is the 21st.
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, new DateTimeOffset(2026, 11, 23, 1, 30, 0, TimeSpan.Zero));

        await chat.SendAsync("U-ZH", "嗯 周六 去了趟 百川物流 韩总 说 打印机 那个问题 还没 好 帮我 在 T-700 加个 备注 客户 周末 又 反馈了", MessageSource.Voice);

        await using var db = chat.Store();
        var visit = await db.Activities.SingleAsync();
        Assert.Equal((ActivityType.Visit, "ACC-BC"), (visit.Type, visit.AccountId));
        Assert.Equal(new DateOnly(2026, 11, 21), DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(visit.OccurredAt, Shanghai)));
        var ticket = await db.Tickets.SingleAsync(t => t.Id == "T-700");
        Assert.Contains(ticket.Comments, c => c.Text.Contains("反馈", StringComparison.Ordinal));
    }
}
