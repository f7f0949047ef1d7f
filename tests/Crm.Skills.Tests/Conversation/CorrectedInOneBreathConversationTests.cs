using Crm.Data.Activities;
using Crm.Data.Deals;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>
/// What the speaker took back: the kind of contact corrected after the customer was named ("去了趟云杉 哦不是 是开的视频会"),
/// the customer itself ("海纳外贸 呃 不对 是美家家居") and with the person there ("百川物流的韩总 哦不对 是云杉的沈经理"), a ticket ("T-700 关掉吧 哦不是 T-710"), a value after an interjection and a cue ("后天 哦不对 大后天"),
/// a day corrected right after a reminder ("哦不是周四，是周五"), a close date said as the one it could not be and the one it moves to.
/// </summary>
public sealed class CorrectedInOneBreathConversationTests
{
    // Wednesday 18 Nov 2026: 07:00 in Los Angeles, 23:00 in Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("U-ZH", "嗯 那个 帮我记一下 今天 去了趟云杉 哦不是 是开的视频会 跟韩总 聊了 数据中台的 权限设计", "ACC-YS")]
    [InlineData("U-REP", "visited pinecrest today, no wait, it was a zoom call with owen about the POS upgrade", "ACC-PIN")]
    public async Task KindOfContactCorrectedAfterTheCustomerIsNamed_LogsTheCorrectedKindAtThatCustomer(string user, string message, string account)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync(user, message);

        await using var db = chat.Store();
        var activity = await db.Activities.SingleAsync();
        Assert.Equal((ActivityType.Meeting, account), (activity.Type, activity.AccountId));
        Assert.DoesNotContain("不是", activity.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("set the harbor route planner close date to december eighteenth no sorry the nineteenth")]
    [InlineData("move the harbor route planner close date to december eighteenth, oops, the nineteenth")]
    public async Task SpokenDayTakenBackInOneBreath_SetsTheSecondDay(string message)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", message, Crm.Skills.Conversation.MessageSource.Voice);

        await using var db = chat.Store();
        Assert.Equal(new DateOnly(2026, 12, 19), (await db.Deals.SingleAsync(d => d.Id == "D-H1")).CloseDate);
    }

    [Theory]
    [InlineData("U-ZH", "提醒我周四给云杉韩总打个电话", "哦不是周四，是周五")]
    [InlineData("U-REP", "remind me thursday to send owen the pricing", "oh not thursday, friday")]
    public async Task DayTakenBackRightAfterAReminder_MovesThatReminder(string user, string reminder, string correction)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync(user, reminder);

        await chat.SendAsync(user, correction);

        await using var db = chat.Store();
        Assert.Equal(new DateOnly(2026, 11, 20), (await db.Tasks.SingleAsync()).DueAt);
    }

    [Theory]
    [InlineData("U-ZH", "百川物流客户说月底签不了，关单日期顺延到下个月15号吧", "D-B1", "2026-12-15")]
    [InlineData("U-REP", "harbor route planner close date pushed from dec 1 to dec 12", "D-H1", "2026-12-12")]
    [InlineData("U-REP", "harbor route planner close date uh push it to january fifteenth wait no the twenty second", "D-H1", "2027-01-22")]
    [InlineData("U-ZH", "嗯 百川物流 仓储管理 预计 签约 日期 改成 十二月 二十 号 哦 不对 二十二号", "D-B1", "2026-12-22")]
    public async Task CloseDateMovedFromOneDateToAnother_IsTheDateMovedTo(string user, string message, string deal, string close)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync(user, message);

        await using var db = chat.Store();
        Assert.Equal(DateOnly.Parse(close), (await db.Deals.SingleAsync(d => d.Id == deal)).CloseDate);
    }

    [Theory]
    [InlineData("U-MGR", "okay um for Riley's uh harbor deal uh move it to proposal no wait leave the stage and just change the amount to uh a hundred and forty five thousand")]
    [InlineData("U-REP", "harbor route planner to proposal, actually leave the stage alone, make the amount a hundred and forty five thousand")]
    public async Task StageTakenBackInOneBreath_ChangesOnlyTheAmount(string user, string message)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync(user, message, Crm.Skills.Conversation.MessageSource.Voice);

        await using var db = chat.Store();
        var deal = await db.Deals.SingleAsync(d => d.Id == "D-H1");
        Assert.Equal((DealStage.Negotiation, 145000m), (deal.Stage, deal.Amount));
    }

    [Theory]
    [InlineData("U-REP", "mark harbor route planner as won no wait not yet just move the close date to dec tenth")]
    [InlineData("U-REP", "harbor route planner is won, actually no, not yet, close date dec tenth")]
    public async Task StageCalledTooEarlyInOneBreath_ChangesOnlyTheCloseDate(string user, string message)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync(user, message, Crm.Skills.Conversation.MessageSource.Voice);

        await using var db = chat.Store();
        var deal = await db.Deals.SingleAsync(d => d.Id == "D-H1");
        Assert.Equal((DealStage.Negotiation, new DateOnly(2026, 12, 10)), (deal.Stage, deal.CloseDate));
    }

    [Theory]
    [InlineData("U-ZH", "呃 云杉 沈经理 手机号 换了 135 5500 0093 不对不对 最后四位是 0039", "135 5500 0039")]
    [InlineData("U-ZH", "云杉沈经理手机号换了 135 5500 0093 不对不对 13555000039", "13555000039")]
    [InlineData("U-REP", "dev malik at harbor has a new cell 415 555 0193 sorry the last four digits are 0139", "415 555 0139")]
    public async Task PhoneNumberCorrectedInTheSameBreath_SavesTheCorrectedNumber(string user, string message, string phone)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync(user, message);

        await using var db = chat.Store();
        Assert.Equal(1, await db.Contacts.CountAsync(c => c.Phone == phone));
    }

    [Theory]
    [InlineData("new task uh for me call um Lena Marsh no sorry Owen Blake at Pinecrest on Friday about the uh invoice", "CON-P3")]
    [InlineData("remind me friday to call Lena Marsh, I mean Owen, at Pinecrest about the invoice", "CON-P3")]
    public async Task PersonTakenBackForAnotherByName_IsTheOneTheReminderIsAbout(string message, string contact)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", message);

        await using var db = chat.Store();
        var task = await db.Tasks.SingleAsync();
        Assert.Equal((contact, new DateOnly(2026, 11, 20)), (task.ContactId, task.DueAt));
    }

    [Fact]
    public async Task NewDealWhoseNameSharesWordsWithAnotherCustomersDeal_AsksWhichCustomer()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var reply = await chat.SendAsync("U-ZH", "新建一个商机，智能仓储项目，预计25万，明年3月底前签");
        reply.Single<ClarificationResult>();
        await chat.SendAsync("U-ZH", "云杉信息");

        await using var db = chat.Store();
        var deal = await db.Deals.SingleAsync(d => d.Name == "智能仓储项目");
        Assert.Equal(("ACC-YS", 250000m), (deal.AccountId, deal.Amount));
    }

    [Fact]
    public async Task NewDealsCustomerTakenBackInTheSameBreath_IsCreatedAtTheCustomerSaidAfter()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "帮我建个新商机 云杉信息 呃 不对 是百川物流 门店巡检系统 八万");

        await using var db = chat.Store();
        var deal = await db.Deals.SingleAsync(d => d.Name == "门店巡检系统");
        Assert.Equal(("ACC-BC", 80000m, "U-ZH"), (deal.AccountId, deal.Amount, deal.OwnerId));
    }

    [Fact]
    public async Task AReminderDayTakenBackInTheSameBreath_IsTheDayThatStands()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "remind me uh on friday no make that monday to um call Owen at Pinecrest about the printers");

        await using var db = chat.Store();
        Assert.Equal(new DateOnly(2026, 11, 23), (await db.Tasks.SingleAsync()).DueAt);
    }

    [Fact]
    public async Task AReminderDayTakenBackAfterAnInterjection_IsTheDayThatStands_AndNotInTheTitle()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "嗯 提醒 我 后天 哦 不对 大后天 给 百川物流 韩总 发 合同", Crm.Skills.Conversation.MessageSource.Voice);

        await using var db = chat.Store();
        var task = await db.Tasks.SingleAsync();
        Assert.Equal((new DateOnly(2026, 11, 21), "CON-B1"), (task.DueAt, task.ContactId));
        Assert.DoesNotContain("不对", task.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACustomerAndItsPersonTakenBackTogether_LogsTheVisitWithThePersonSaidAfter()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "今天 拜访 了 百川物流 的 韩总 哦 不对 是 云杉 的 沈经理 聊 了 聊 合同 的 进度", Crm.Skills.Conversation.MessageSource.Voice);

        await using var db = chat.Store();
        var visit = await db.Activities.SingleAsync();
        Assert.Equal((ActivityType.Visit, "ACC-YS", "CON-Y2"), (visit.Type, visit.AccountId, visit.ContactId));
    }

    [Theory]
    [InlineData("T-700 关掉 吧 哦 不是 T-710")]
    [InlineData("close T-700 please, no wait, T-710")]
    public async Task ATicketTakenBackForAnother_ChangesOnlyTheOneSaidAfter(string message)
    {
        await using var chat = await ConversationScript.StartAsync(WithSecondTicket, Now);

        await chat.SendAsync("U-SUP", message);

        await using var db = chat.Store();
        Assert.Equal(Crm.Data.Tickets.TicketStatus.Closed, (await db.Tickets.SingleAsync(t => t.Id == "T-710")).Status);
        Assert.Equal(Crm.Data.Tickets.TicketStatus.Open, (await db.Tickets.SingleAsync(t => t.Id == "T-700")).Status);
    }

    private static void WithSecondTicket(Infrastructure.SeedBuilder s)
    {
        ConversationSeed.Build(s);
        s.Ticket("T-710", "ACC-YS", "报表导出乱码", Crm.Data.Tickets.TicketStatus.New, Crm.Data.Tickets.TicketPriority.Normal, "U-SUP");
    }

    [Fact]
    public async Task AVisitDayDeniedByNameLaterInTheBreath_IsTheDayThatStands()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "嗯 帮我记一下 周一 去云杉 见了 韩总 呃 不是周一 是周二 他们想先上权限模块");

        await using var db = chat.Store();
        var visit = await db.Activities.SingleAsync();
        Assert.Equal((new DateOnly(2026, 11, 17), ActivityType.Visit), (DateOnly.FromDateTime(visit.OccurredAt.AddHours(8)), visit.Type));
    }

    [Fact]
    public async Task StageCorrectedAndAmountSaidWithAHalfK_SetsBoth()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "uh the pinecrest loyalty app um put it at needs analysis no actually proposal and uh amount twenty two and a half k", Crm.Skills.Conversation.MessageSource.Voice);

        await using var db = chat.Store();
        var deal = await db.Deals.SingleAsync(d => d.Id == "D-P2");
        Assert.Equal((DealStage.Proposal, 22500m), (deal.Stage, deal.Amount));
    }
}
