using Crm.Data.Activities;
using Crm.Data.Deals;
using Crm.Data.Tickets;
using Crm.Skills.Conversation;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>
/// The same requests as elsewhere, said the way people say them when nobody is looking: a to-do with
/// no "remind me", a stage after an arrow, a call told before the ticket it was about.
/// </summary>
public sealed class EverydayPhrasingConversationTests
{
    // Wednesday 18 Nov 2026: 07:00 in Los Angeles, 23:00 in Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("U-REP", "send Dev at Harbor the rollout quote by Friday", "ACC-HAR", "rollout quote", "2026-11-20")]
    [InlineData("U-ZH", "下周三前把合同发给百川物流", "ACC-BC", "合同", "2026-11-25")]
    [InlineData("U-ZH", "周五之前给云杉发报价", "ACC-YS", "报价", "2026-11-20")]
    [InlineData("U-ZH", "帮我设个提醒，下下周一给云杉沈悦打电话问测试环境的事", "ACC-YS", "测试环境", "2026-11-30")]
    [InlineData("U-REP", "add a to-do: prepare the Harbor renewal deck by end of the month", "ACC-HAR", "renewal deck", "2026-11-30")]
    [InlineData("U-ZH", "月底前给百川物流发一份续费方案，记个待办", "ACC-BC", "续费方案", "2026-11-30")]
    public async Task ToDo_SaidWithoutRemindMeOrAfterABareRequest_IsOneTaskAndNothingElse(string user, string message, string account, string titleWords, string due)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var reply = await chat.SendAsync(user, message);

        Assert.True(reply.Parts[0] is ChangeResult, reply.Explanation + " " + reply.Parts[0]);
        await using var db = chat.Store();
        var task = await db.Tasks.SingleAsync(t => t.OwnerId == user && t.Status == Crm.Data.Tasks.CrmTaskStatus.Open && t.Title.Contains(titleWords));
        Assert.Equal((account, DateOnly.Parse(due)), (task.AccountId, task.DueAt));
        Assert.DoesNotMatch(@"^(?i:add a|,)|记个|设个|帮我", task.Title);
        Assert.Equal(0, await db.Activities.CountAsync(a => a.UserId == user));
        Assert.Equal(1, await db.Tasks.CountAsync(t => t.OwnerId == user && t.Title.Contains(titleWords)));
    }

    [Theory]
    [InlineData("U-REP", "Met Dev at Harbor today - send him the rollout quote by Friday", "rollout quote")]
    [InlineData("U-ZH", "今天去百川物流见了韩总，下周三前把合同发过去", "合同")]
    public async Task Visit_ThenAnInstructionWithADeadline_LogsTheVisitAndMakesTheTask(string user, string message, string titleWords)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync(user, message);

        await using var db = chat.Store();
        Assert.Single(await db.Activities.Where(a => a.UserId == user).ToListAsync());
        Assert.Contains(titleWords, Assert.Single(await db.Tasks.Where(t => t.OwnerId == user).ToListAsync()).Title);
    }

    [Theory]
    [InlineData("U-REP", "Called Dev at Harbor, they'll send the PO by Friday")]
    [InlineData("U-ZH", "跟百川物流韩总通了电话，他们下周三前把合同发过来")]
    [InlineData("U-REP", "Called Dev at Harbor, sent him the quote yesterday")]
    public async Task SomeoneElsesPromiseOrWhatWasDone_IsNoTask(string user, string message)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync(user, message);

        await using var db = chat.Store();
        Assert.Single(await db.Activities.Where(a => a.UserId == user).ToListAsync());
        Assert.Equal(0, await db.Tasks.CountAsync(t => t.OwnerId == user));
    }

    [Theory]
    [InlineData("U-REP", "Harbor route planner -> proposal", "D-H1", DealStage.Proposal)]
    [InlineData("U-REP", "Pinecrest loyalty app - let's call it proposal stage now", "D-P2", DealStage.Proposal)]
    [InlineData("U-REP", "Pinecrest POS upgrade - they're qualified now", "D-P1", DealStage.Qualified)]
    [InlineData("U-REP", "the Harbor route planner is a done deal, they countersigned", "D-H1", DealStage.Won)]
    [InlineData("U-ZH", "云杉运维外包往前推一步，到需求挖掘了", "D-Y2", DealStage.NeedsAnalysis)]
    [InlineData("U-ZH", "云杉数据中台进谈判签约了", "D-Y1", DealStage.Negotiation)]
    public async Task StageMove_SaidTersely_MovesTheDeal(string user, string message, string dealId, DealStage expected)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync(user, message);

        await using var db = chat.Store();
        Assert.Equal(expected, (await db.Deals.SingleAsync(d => d.Id == dealId)).Stage);
    }

    [Fact]
    public async Task StageWord_AsWhatTheCustomerIsDoing_IsNoMove()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "spoke with Lena Marsh at Pinecrest, on the POS upgrade they are negotiating hard");

        await using var db = chat.Store();
        Assert.Equal(DealStage.Proposal, (await db.Deals.SingleAsync(d => d.Id == "D-P1")).Stage);
    }

    [Fact]
    public async Task ChineseStageMove_TalkedAboutAStage_IsNoMove()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "跟云杉韩磊开了个会，聊到报价的事");

        await using var db = chat.Store();
        Assert.Equal(DealStage.Proposal, (await db.Deals.SingleAsync(d => d.Id == "D-Y1")).Stage);
        Assert.Equal(DealStage.Qualified, (await db.Deals.SingleAsync(d => d.Id == "D-Y2")).Stage);
    }

    [Fact]
    public async Task NewOpp_SpunUpUnderAnAccount_IsANewDealAndTheOldOneIsUntouched()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-EAST", "spin up a new opp under Quantum Dynamics: sensor retrofit, 1.2m");

        await using var db = chat.Store();
        var created = await db.Deals.SingleAsync(d => d.AccountId == "ACC-QNT" && d.Id != "D-Q1");
        Assert.Equal((DealStage.Lead, 1_200_000m), (created.Stage, created.Amount));
        Assert.Equal(30000m, (await db.Deals.SingleAsync(d => d.Id == "D-Q1")).Amount);
    }

    [Theory]
    [InlineData("U-REP", "push Harbor close to Dec 10", "D-H1", null, "2026-12-10")]
    [InlineData("U-ZH", "云杉数据中台被砍价砍到二十五万了，金额改一下", "D-Y1", 250000, null)]
    public async Task DealField_SaidInPassing_IsChangedWithoutAQuestion(string user, string message, string dealId, int? amount, string? closeDate)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var reply = await chat.SendAsync(user, message);

        Assert.True(reply.Parts[0] is ChangeResult, reply.Explanation + " " + reply.Parts[0]);
        await using var db = chat.Store();
        var deal = await db.Deals.SingleAsync(d => d.Id == dealId);
        if (amount is not null)
            Assert.Equal(amount, (int)deal.Amount!.Value);
        if (closeDate is not null)
            Assert.Equal(DateOnly.Parse(closeDate), deal.CloseDate);
    }

    [Fact]
    public async Task CallWrappedUp_BesideAnUpdateOfOneDeal_IsLinkedToThatDeal()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "Wrapped a call w/ Owen at Pinecrest. The loyalty app is moving to proposal");

        await using var db = chat.Store();
        var activity = await db.Activities.SingleAsync(a => a.UserId == "U-REP");
        Assert.Equal((ActivityType.Call, "CON-P3", "D-P2"), (activity.Type, activity.ContactId, activity.DealId));
    }

    [Theory]
    [InlineData("周一跟百川物流韩总打了半小时电话，他们想下个月上线", "2026-11-16")]
    [InlineData("刚电话回访了百川物流韩总，仓库那边一切正常", "2026-11-18")]
    public async Task ChineseCall_ToldWithItsLengthOrAsAFollowUp_IsLogged(string message, string day)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", message);

        await using var db = chat.Store();
        var activity = await db.Activities.SingleAsync(a => a.UserId == "U-ZH");
        var shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        Assert.Equal((ActivityType.Call, "ACC-BC"), (activity.Type, activity.AccountId));
        Assert.Equal(DateOnly.Parse(day), DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(activity.OccurredAt, shanghai)));
    }

    [Fact]
    public async Task CallAboutATicket_ThenItsResolutionAndANote_LogsTheCallResolvesAndComments()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-SUP", "Had a call with Owen at Pinecrest about T-700 - the printer firmware was stale. Set it to resolved and add a note: firmware updated to 2.4");

        await using var db = chat.Store();
        var activity = await db.Activities.SingleAsync(a => a.UserId == "U-SUP");
        Assert.Equal((ActivityType.Call, "CON-P3"), (activity.Type, activity.ContactId));
        Assert.Contains("firmware was stale", activity.Summary);
        var ticket = await db.Tickets.Include(t => t.Comments).SingleAsync(t => t.Id == "T-700");
        Assert.Equal(TicketStatus.Resolved, ticket.Status);
        Assert.Contains("2.4", Assert.Single(ticket.Comments).Text);
    }

    [Fact]
    public async Task TicketResolved_ThenANoteAfterIt_AddsTheNoteToTheTicket()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-SUP", "T-700 标记已解决，再加个备注：固件已升到2.4");

        await using var db = chat.Store();
        var ticket = await db.Tickets.Include(t => t.Comments).SingleAsync(t => t.Id == "T-700");
        Assert.Equal(TicketStatus.Resolved, ticket.Status);
        Assert.Equal("固件已升到2.4", Assert.Single(ticket.Comments).Text);
        Assert.Equal(0, await db.Activities.CountAsync(a => a.UserId == "U-SUP"));
    }

    [Theory]
    [InlineData("Met Dev at Harbor today, he wants a demo for the ops team next Tuesday - remind me to set it up", "Set the demo")]
    [InlineData("Dev at Harbor asked for the pricing sheet, remind me to send it tomorrow", "Send the pricing sheet")]
    public async Task Reminder_AboutIt_IsTitledWithTheThingNamedBefore(string message, string title)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", message);

        await using var db = chat.Store();
        Assert.StartsWith(title, Assert.Single(await db.Tasks.Where(t => t.OwnerId == "U-REP").ToListAsync()).Title);
    }

    [Fact]
    public async Task CustomerRangToComplain_SummaryKeepsTheComplaint()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "刚才百川物流韩总打电话过来投诉出库单又打印错了，已经先安抚好了");

        await using var db = chat.Store();
        var activity = await db.Activities.SingleAsync(a => a.UserId == "U-ZH");
        Assert.Equal(ActivityType.Call, activity.Type);
        Assert.Contains("出库单又打印错了", activity.Summary);
    }

    [Fact]
    public async Task Ticket_WhoReportedItFirstThenTheProblem_IsTitledByTheProblem()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "云杉沈悦反馈：审批流提交以后一直转圈，帮忙建个工单，紧急");

        await using var db = chat.Store();
        var ticket = await db.Tickets.SingleAsync(t => t.AccountId == "ACC-YS");
        Assert.Equal(("审批流提交以后一直转圈", TicketPriority.Urgent), (ticket.Title, ticket.Priority));
    }

    [Fact]
    public async Task NewcomerIntroducedByRoleThenName_IsANewContactWithThatTitle()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "云杉新来了个财务总监，叫邓超，电话13687654321，邮箱 dengchao@yunshan.example，帮我加上");

        await using var db = chat.Store();
        var contact = await db.Contacts.SingleAsync(c => c.Name == "邓超");
        Assert.Equal(("ACC-YS", "财务总监", "13687654321", "dengchao@yunshan.example"), (contact.AccountId, contact.Title, contact.Phone, contact.Email));
    }

    [Theory]
    [InlineData("U-ZH", "云杉的沈悦升任集团副总裁了，职位帮我改一下", "CON-Y2", "集团副总裁")]
    [InlineData("U-REP", "Dev Malik at Harbor got promoted, he's SVP Operations now", "CON-H1", "SVP Operations")]
    public async Task Promotion_ChangesTheContactsTitle(string user, string message, string contactId, string title)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync(user, message);

        await using var db = chat.Store();
        Assert.Equal(title, (await db.Contacts.SingleAsync(c => c.Id == contactId)).Title);
    }

    [Fact]
    public async Task MeetingAmountSigningDateAndReminder_AskedToBeNoted_WritesEachOnce()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "下午在百川物流跟韩总当面谈完了，仓储管理金额谈到二十一万，月底签，帮我记一下，再提醒我下周一把合同发过去");

        await using var db = chat.Store();
        Assert.Equal(ActivityType.Meeting, Assert.Single(await db.Activities.Where(a => a.UserId == "U-ZH").ToListAsync()).Type);
        var deal = await db.Deals.SingleAsync(d => d.Id == "D-B1");
        Assert.Equal((210000m, new DateOnly(2026, 11, 30)), (deal.Amount, deal.CloseDate));
        var task = Assert.Single(await db.Tasks.Where(t => t.OwnerId == "U-ZH").ToListAsync());
        Assert.Equal(("把合同发过去", new DateOnly(2026, 11, 23)), (task.Title, task.DueAt));
    }

    [Theory]
    [InlineData("U-REP", "Harbor route planner is now 85k", "D-H1", 85000)]
    [InlineData("U-REP", "Pinecrest loyalty app, the number we landed on is 22.5k", "D-P2", 22500)]
    public async Task DealAmount_SaidWithIsNow_IsTheDealsAmountNotAContactChange(string user, string message, string dealId, int amount)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync(user, message);

        await using var db = chat.Store();
        Assert.Equal(amount, (int)(await db.Deals.SingleAsync(d => d.Id == dealId)).Amount!.Value);
    }

    [Fact]
    public async Task BudgetMentioned_OverDinner_IsLoggedAndNoDealAmountChanges()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "昨晚跟百川物流韩总吃了个饭，他私下透露二期的预算大概两百万，明年三月立项");

        await using var db = chat.Store();
        Assert.Equal(ActivityType.Meeting, (await db.Activities.SingleAsync(a => a.UserId == "U-ZH")).Type);
        Assert.Equal(200000m, (await db.Deals.SingleAsync(d => d.Id == "D-B1")).Amount);
    }

    [Theory]
    [InlineData("上午给百川物流韩总做了个线上演示，他们想加一个巡检模块", ActivityType.Meeting)]
    [InlineData("刚接到百川物流韩总的电话，说导出的报表还是乱码", ActivityType.Call)]
    public async Task ChineseDemoOrIncomingCall_IsLogged(string message, ActivityType type)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", message);

        await using var db = chat.Store();
        Assert.Equal((type, "CON-B1"), ((await db.Activities.SingleAsync(a => a.UserId == "U-ZH")).Type, (await db.Activities.SingleAsync(a => a.UserId == "U-ZH")).ContactId));
    }

    [Theory]
    [InlineData("云杉运维外包的报价发出去了，十三万", "D-Y2", DealStage.Proposal, 130000)]
    [InlineData("刚跟云杉韩磊通了电话，运维外包推进到下一阶段，金额不变", "D-Y2", DealStage.NeedsAnalysis, 120000)]
    [InlineData("呃 云杉 韩磊 刚才 电话里说 嗯 评审 过了 然后 那个 数据中台 推到 谈判签约 吧 金额 不变", "D-Y1", DealStage.Negotiation, 300000)]
    public async Task ChineseStageSaidAsDoneOrAsTheNextStep_MovesTheDeal(string message, string dealId, DealStage stage, int amount)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var reply = await chat.SendAsync("U-ZH", message);

        Assert.True(reply.Parts[0] is ChangeResult, reply.Explanation + " " + reply.Parts[0]);
        await using var db = chat.Store();
        var deal = await db.Deals.SingleAsync(d => d.Id == dealId);
        Assert.Equal((stage, (decimal)amount), (deal.Stage, deal.Amount));
    }

    [Theory]
    [InlineData("U-ZH", "云杉来了个新的财务经理叫邓伟，邮箱 dengwei@yunshan.example，座机 021-86001234", "ACC-YS", "邓伟", "财务经理")]
    [InlineData("U-REP", "add Harbor's new procurement lead: Dolores Park, dolores.park@harbor.example, (206) 555-0144", "ACC-HAR", "Dolores Park", "procurement lead")]
    public async Task NewContact_IntroducedByTheirRole_KeepsNameTitleAndDetails(string user, string message, string account, string name, string title)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync(user, message);

        await using var db = chat.Store();
        var contact = await db.Contacts.SingleAsync(c => c.Name == name);
        Assert.Equal((account, title), (contact.AccountId, contact.Title));
        Assert.NotNull(contact.Email);
        Assert.NotNull(contact.Phone);
    }

    [Theory]
    [InlineData("U-REP", "Owen at Pinecrest got promoted to IT director, and his new email is owen.blake@pinecrest-corp.example", "CON-P3", "IT director", "owen.blake@pinecrest-corp.example", null)]
    [InlineData("U-ZH", "云杉的韩磊升CEO了，手机也换了，新号13916881234", "CON-Y1", "CEO", null, "13916881234")]
    public async Task PromotionWithNewDetails_ChangesTitleAndTheDetail(string user, string message, string contactId, string title, string? email, string? phone)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync(user, message);

        await using var db = chat.Store();
        var contact = await db.Contacts.SingleAsync(c => c.Id == contactId);
        Assert.Equal(title, contact.Title);
        if (email is not null)
            Assert.Equal(email, contact.Email);
        if (phone is not null)
            Assert.Equal(phone, contact.Phone);
    }

    [Fact]
    public async Task ToDoPutOnMyList_AboutTheForecast_IsATaskNotThePipeline()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-MGR", "put a todo on my list for the 1st: review Riley's Harbor numbers before the forecast call");

        await using var db = chat.Store();
        var task = await db.Tasks.SingleAsync(t => t.OwnerId == "U-MGR");
        Assert.Equal(("Review Riley's Harbor numbers before the forecast call", new DateOnly(2026, 12, 1)), (task.Title, task.DueAt));
    }

    [Fact]
    public async Task DictatedTicket_ProblemAfterTheRequestInOneBreath_IsTheTitle()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-SUP", "嗯 给 那个 百川物流 开个 工单 呃 韩总 说 小程序 下单 以后 积分 不到账 优先级 高优先级", MessageSource.Voice);

        await using var db = chat.Store();
        var ticket = await db.Tickets.SingleAsync(t => t.AccountId == "ACC-BC");
        Assert.Equal("小程序下单以后积分不到账", ticket.Title);
    }

    [Fact]
    public async Task CallTicketAndReminder_InOneMessage_TicketTakesTheProblemToldOnTheCall()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "下午跟百川物流韩总通了电话，她说对账单导出来的金额对不上，帮我开个工单，高优先级，再提醒我明天上午跟进一下");

        await using var db = chat.Store();
        Assert.Equal(ActivityType.Call, (await db.Activities.SingleAsync(a => a.UserId == "U-ZH")).Type);
        var ticket = await db.Tickets.SingleAsync(t => t.AccountId == "ACC-BC");
        Assert.Equal(("对账单导出来的金额对不上", TicketPriority.High), (ticket.Title, ticket.Priority));
        Assert.Single(await db.Tasks.Where(t => t.OwnerId == "U-ZH").ToListAsync());
        Assert.Equal(200000m, (await db.Deals.SingleAsync(d => d.Id == "D-B1")).Amount);
    }

    [Fact]
    public async Task SemicolonsWithoutSpaces_SeparateRequests_AndANoteWithoutAColonIsKept()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-SUP", "跟百川物流韩总电话确认了，打印已经恢复，T-700标记为已解决，备注一下原因是驱动配置错误；再提醒我下周五回访一下");

        await using var db = chat.Store();
        var ticket = await db.Tickets.Include(t => t.Comments).SingleAsync(t => t.Id == "T-700");
        Assert.Equal(TicketStatus.Resolved, ticket.Status);
        Assert.Equal("原因是驱动配置错误", Assert.Single(ticket.Comments).Text);
        var task = await db.Tasks.SingleAsync(t => t.OwnerId == "U-SUP");
        Assert.Equal(new DateOnly(2026, 11, 27), task.DueAt);
    }

    [Fact]
    public async Task SigningBeforeMonthEnd_AfterASemicolonFreeStageMove_SetsTheCloseDate()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "云杉韩总刚来电话，数据中台价格谈妥了，按二十八万签，进入谈判签约，月底前签合同；提醒我下周一把合同寄过去");

        await using var db = chat.Store();
        var deal = await db.Deals.SingleAsync(d => d.Id == "D-Y1");
        Assert.Equal((DealStage.Negotiation, 280000m, new DateOnly(2026, 11, 30)), (deal.Stage, deal.Amount, deal.CloseDate));
        var task = await db.Tasks.SingleAsync(t => t.OwnerId == "U-ZH");
        Assert.Equal(("把合同寄过去", new DateOnly(2026, 11, 23)), (task.Title, task.DueAt));
    }

    [Theory]
    [InlineData("提醒我 嗯 下周 下周三 不对 下周四 给云杉沈悦 送 那个 样机 过去", "2026-11-26", "给云杉沈悦送样机过去")]
    [InlineData("remind me next week, Thursday, to send Owen at Pinecrest the sizing sheet", "2026-11-26", null)]
    public async Task Reminder_WeekThenADayInIt_IsDueThatDay(string message, string due, string? title)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync(message.Any(c => c > 0x4E00) ? "U-ZH" : "U-REP", message, MessageSource.Voice);

        await using var db = chat.Store();
        var task = await db.Tasks.SingleAsync();
        Assert.Equal(DateOnly.Parse(due), task.DueAt);
        if (title is not null)
            Assert.Equal(title, task.Title);
    }

    [Fact]
    public async Task AmountToBeChanged_WithoutTheFigure_AsksForItAndTakesTheAnswer()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        (await chat.SendAsync("U-ZH", "百川物流仓储管理的金额要改一下")).Single<ClarificationResult>();
        await chat.SendAsync("U-ZH", "十九万二");

        await using var db = chat.Store();
        Assert.Equal(192000m, (await db.Deals.SingleAsync(d => d.Id == "D-B1")).Amount);
    }

    [Fact]
    public async Task TwoPeopleMetByFirstName_AtTheAccount_AreParticipantsAndTheRestIsWritten()
    {
        await using var chat = await ConversationScript.StartAsync(s =>
        {
            ConversationSeed.Build(s);
            s.Contact("CON-H2", "ACC-HAR", "Maya Chen", title: "Controller");
        }, Now);

        await chat.SendAsync("U-REP", "Just left Harbor - met Dev and Maya. The route planner moves to proposal at 90k. Remind me Friday to send Dev the redlines");

        await using var db = chat.Store();
        Assert.Equal("CON-H1", (await db.Activities.SingleAsync(a => a.UserId == "U-REP")).ContactId);
        var deal = await db.Deals.SingleAsync(d => d.Id == "D-H1");
        Assert.Equal((DealStage.Proposal, 90000m), (deal.Stage, deal.Amount));
        Assert.Equal(new DateOnly(2026, 11, 20), (await db.Tasks.SingleAsync(t => t.OwnerId == "U-REP")).DueAt);
    }

    [Fact]
    public async Task TwoPeopleSharingTheFirstNameSaid_AreStillAskedAbout()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        (await chat.SendAsync("U-REP", "met Lena at Pinecrest about the spring order")).Single<ClarificationResult>();

        await using var db = chat.Store();
        Assert.Equal(0, await db.Activities.CountAsync(a => a.UserId == "U-REP"));
    }

    [Fact]
    public async Task WhichAccountAnsweredWithThePersonToo_LinksThatContact()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        (await chat.SendAsync("U-SUP", "log a call - customer says the exports work again after the patch")).Single<ClarificationResult>();
        await chat.SendAsync("U-SUP", "Pinecrest, it was Owen");

        await using var db = chat.Store();
        var activity = await db.Activities.SingleAsync(a => a.UserId == "U-SUP");
        Assert.Equal(("ACC-PIN", "CON-P3"), (activity.AccountId, activity.ContactId));
    }

    [Fact]
    public async Task WhichCustomerAnsweredInChineseWithThePersonToo_LinksThatContactToTheTicket()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        (await chat.SendAsync("U-SUP", "开个工单：客户说批量导入联系人的时候报错，低优先级")).Single<ClarificationResult>();
        await chat.SendAsync("U-SUP", "百川物流的，韩总反馈的");

        await using var db = chat.Store();
        var ticket = await db.Tickets.SingleAsync(t => t.AccountId == "ACC-BC");
        Assert.Equal(("CON-B1", TicketPriority.Low), (ticket.ContactId, ticket.Priority));
    }

    [Theory]
    [InlineData("add a note to T-700 that the driver was reinstalled", "the driver was reinstalled")]
    [InlineData("resolve T-700 with a note 'fixed by firmware 4.3'", "fixed by firmware 4.3")]
    public async Task TicketNote_SaidWithoutAColon_IsKept(string message, string note)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-SUP", message);

        await using var db = chat.Store();
        var ticket = await db.Tickets.Include(t => t.Comments).SingleAsync(t => t.Id == "T-700");
        Assert.Contains(note, Assert.Single(ticket.Comments).Text);
    }
}
