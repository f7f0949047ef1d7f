using Crm.Data.Deals;
using Crm.Data.Activities;
using Crm.Data.Tickets;
using Crm.Skills.Conversation;
using Crm.Skills.Results;
using Crm.Skills.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>
/// How Chinese reps report in one breath: a meeting named by its kind (开了个技术交流会), a note (备注一下), a visit
/// told as leaving (刚从云杉出来) with the person named after, the call that brought a new contact, a hesitation before the
/// right amount (三十二 呃 三十三万五), a person taken back (韩总 啊不是 沈经理), a follow-up planned for a day (下周二回访下…),
/// a due date at the end of the quarter (这个季度结束前), a ticket taken (那个工单我来接，状态改成处理中).
/// </summary>
public sealed class ChineseReportsConversationTests
{
    // Thursday 19 Nov 2026, 10:00 in Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 11, 19, 2, 0, 0, TimeSpan.Zero);

    private static void WithChineseTicket(SeedBuilder s)
    {
        ConversationSeed.Build(s);
        s.Ticket("T-710", "ACC-YS", "报表导出乱码", TicketStatus.New, TicketPriority.Normal, "U-SUP");
    }

    [Theory]
    [InlineData("上周五下午在云杉跟沈悦开了个技术交流会，他们对单点登录比较关心", ActivityType.Meeting)]
    [InlineData("备注一下云杉：听说他们下个月要来个新的采购总监", ActivityType.Note)]
    [InlineData("刚跟云杉沈经理微信语音聊完，他们老板那边同意先做数据迁移评估", ActivityType.Call)]
    [InlineData("今天下午在云杉办公室待了两个钟头，韩总和沈经理一起把需求过了一遍", ActivityType.Visit)]
    [InlineData("今天上午去云杉门店转了一圈，沈经理说积分那个问题还是时不时出现", ActivityType.Visit)]
    [InlineData("前天加班去了云杉现场，跟沈悦一起把数据迁移测完了", ActivityType.Visit)]
    [InlineData("记一笔：云杉韩总说明年可能在越南建厂，到时候海外渠道也要上系统", ActivityType.Note)]
    public async Task ActivityNamedByItsKindOrHowItHappened_IsLoggedAtTheCustomer(string message, ActivityType type)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", message);

        await using var db = chat.Store();
        var activity = await db.Activities.SingleAsync();
        Assert.Equal((type, "ACC-YS"), (activity.Type, activity.AccountId));
    }

    [Fact]
    public async Task CallSaidAsHavingBeenMade_OnAWeekday_IsLoggedThatDayWithThePerson()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "周一给百川物流的韩总打过电话，对账那边没问题了");

        await using var db = chat.Store();
        var call = await db.Activities.SingleAsync();
        Assert.Equal((ActivityType.Call, "ACC-BC", "CON-B1"), (call.Type, call.AccountId, call.ContactId));
        Assert.Equal(new DateOnly(2026, 11, 16), DateOnly.FromDateTime(call.OccurredAt.AddHours(8)));
        Assert.Contains("对账", call.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallThenTheDayTheContractIsSigned_LogsTheCallAndSetsTheCloseDate()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "刚跟百川物流韩梅通完电话，合同下周三签，金额最后定在二十六万五");

        await using var db = chat.Store();
        Assert.Equal(ActivityType.Call, (await db.Activities.SingleAsync()).Type);
        var deal = await db.Deals.SingleAsync(d => d.Id == "D-B1");
        Assert.Equal((265000m, new DateOnly(2026, 11, 25)), (deal.Amount!.Value, deal.CloseDate!.Value));
    }

    [Fact]
    public async Task LeavingTheCustomer_ThenThePriceAgreedWithSomeone_LogsTheVisitWithThatPerson()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "刚从百川物流出来，韩总那边仓储管理价格敲定二十二万，下周一提醒我把合同发过去");

        await using var db = chat.Store();
        var visit = await db.Activities.SingleAsync();
        Assert.Equal((ActivityType.Visit, "ACC-BC", "CON-B1"), (visit.Type, visit.AccountId, visit.ContactId));
        Assert.Equal(220000m, (await db.Deals.SingleAsync(d => d.Id == "D-B1")).Amount);
        Assert.Equal(new DateOnly(2026, 11, 23), (await db.Tasks.SingleAsync()).DueAt);
    }

    [Fact]
    public async Task NewContactToldOnACall_LogsTheCallToo()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "云杉沈经理电话里说他们新来了个项目经理叫周宇航，手机13555000036，帮我加上；电话主要是对了一下接口清单");

        await using var db = chat.Store();
        var contact = await db.Contacts.SingleAsync(c => c.Name == "周宇航");
        Assert.Equal(("ACC-YS", "13555000036"), (contact.AccountId, contact.Phone));
        var call = await db.Activities.SingleAsync();
        Assert.Equal((ActivityType.Call, "CON-Y2"), (call.Type, call.ContactId));
    }

    [Fact]
    public async Task AmountRestartedAfterAHesitation_IsTheSecondAmount()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "嗯 云杉那个 数据中台 金额 改成 三十二 呃 三十三万五", MessageSource.Voice);

        await using var db = chat.Store();
        Assert.Equal(335000m, (await db.Deals.SingleAsync(d => d.Id == "D-Y1")).Amount);
    }

    [Fact]
    public async Task PersonTakenBackForAnother_IsTheOneMeant()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "刚才 跟 云杉的 韩总 啊不是 沈经理 打了个电话 他说 测试环境 下周 能 搭好", MessageSource.Voice);

        await using var db = chat.Store();
        Assert.Equal("CON-Y2", (await db.Activities.SingleAsync()).ContactId);
    }

    [Theory]
    [InlineData("下周二回访下云杉的沈经理，问问单点登录那个问题还有没有再出现", "2026-11-24")]
    [InlineData("这个季度结束前要把云杉的运维外包合同签下来，帮我建个提醒", "2026-12-31")]
    [InlineData("这个月结束前提醒我给云杉韩总发报价", "2026-11-30")]
    public async Task FollowUpPlannedForADay_IsAReminderDueThen(string message, string due)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", message);

        await using var db = chat.Store();
        var task = await db.Tasks.SingleAsync();
        Assert.Equal(DateOnly.Parse(due), task.DueAt);
        Assert.DoesNotContain("结束", task.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DescribedTicketTaken_WithItsNewStatusAfter_IsAssignedAndChanged()
    {
        await using var chat = await ConversationScript.StartAsync(WithChineseTicket, Now);

        await chat.SendAsync("U-SUP", "云杉报表乱码那个工单我来接，状态改成处理中");

        await using var db = chat.Store();
        var ticket = await db.Tickets.SingleAsync(t => t.Id == "T-710");
        Assert.Equal(("U-SUP", TicketStatus.Open), (ticket.AssigneeId, ticket.Status));
    }

    [Fact]
    public async Task DescribedTicketHandedToAColleagueByEnglishName_IsAssignedToThem()
    {
        await using var chat = await ConversationScript.StartAsync(WithChineseTicket, Now);

        await chat.SendAsync("U-SUP", "云杉报表乱码那个工单转给Riley跟进吧");

        await using var db = chat.Store();
        Assert.Equal("U-REP", (await db.Tickets.SingleAsync(t => t.Id == "T-710")).AssigneeId);
    }

    [Fact]
    public async Task NewStatusAndPrioritySaidAlone_AfterOneTicketWasShown_ChangeThatTicket()
    {
        await using var chat = await ConversationScript.StartAsync(WithChineseTicket, Now);
        (await chat.SendAsync("U-SUP", "云杉报表乱码那个工单现在什么状态")).Part<TicketListResult>();

        await chat.SendAsync("U-SUP", "客户今天回复了，改成处理中，优先级调成高");

        await using var db = chat.Store();
        var ticket = await db.Tickets.SingleAsync(t => t.Id == "T-710");
        Assert.Equal((TicketStatus.Open, TicketPriority.High), (ticket.Status, ticket.Priority));
    }

    [Fact]
    public async Task CallToldWithATicketMentionedInPassing_LogsTheCallAndLeavesTheTicket()
    {
        await using var chat = await ConversationScript.StartAsync(WithChineseTicket, Now);

        await chat.SendAsync("U-SUP", "刚才云杉沈经理打电话过来问报表的事，跟她说T-710还在查，明天给她答复");

        await using var db = chat.Store();
        var call = await db.Activities.SingleAsync();
        Assert.Equal(("ACC-YS", "CON-Y2", ActivityType.Call), (call.AccountId, call.ContactId, call.Type));
        Assert.Contains("报表", call.Summary);
        Assert.Equal(TicketStatus.New, (await db.Tickets.SingleAsync(t => t.Id == "T-710")).Status);
    }

    [Theory]
    [InlineData("电话跟云杉沈经理确认了，换了编码之后导出已经正常了，T-710 标记解决")]
    [InlineData("电话跟云杉沈经理确认了，换了编码之后导出已经正常了，T-710 已解决")]
    public async Task CallConfirmingAFix_ThenTheTicketMarkedSolved_LogsTheCallAndResolvesIt(string message)
    {
        await using var chat = await ConversationScript.StartAsync(WithChineseTicket, Now);

        await chat.SendAsync("U-SUP", message);

        await using var db = chat.Store();
        var call = await db.Activities.SingleAsync();
        Assert.Equal(("ACC-YS", "CON-Y2", ActivityType.Call), (call.AccountId, call.ContactId, call.Type));
        Assert.Contains("编码", call.Summary);
        Assert.Equal(TicketStatus.Resolved, (await db.Tickets.SingleAsync(t => t.Id == "T-710")).Status);
    }

    [Fact]
    public async Task NextStepAfterAColon_IsTheDealsNextStep()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "云杉数据中台的下一步：下周二带工程师过去做现场演示");

        await using var db = chat.Store();
        var deal = await db.Deals.SingleAsync(d => d.Id == "D-Y1");
        Assert.Equal(("带工程师过去做现场演示", new DateOnly(2026, 11, 24)), (deal.NextStep, deal.NextStepDue));
    }

    [Theory]
    [InlineData("刚在百川物流跟韩总当面把合同签了")]
    [InlineData("刚在百川物流跟韩总当面把合同签了！仓储管理赢单，最终金额二十一万")]
    public async Task ContractSignedInPerson_LogsTheMeetingAndWinsTheDeal(string message)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", message);

        await using var db = chat.Store();
        Assert.Equal((ActivityType.Meeting, "CON-B1"), ((await db.Activities.SingleAsync()).Type, (await db.Activities.SingleAsync()).ContactId));
        Assert.Equal(DealStage.Won, (await db.Deals.SingleAsync(d => d.Id == "D-B1")).Stage);
    }

    [Fact]
    public async Task SyncTalkedInEnglishWords_ThenTheStageAndAmount_LogsTheMeetingAndChangesTheDeal()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "跟云杉韩总sync了一下，数据中台的proposal他们review完了，stage推到negotiation，amount改成320k");

        await using var db = chat.Store();
        var meeting = await db.Activities.SingleAsync();
        Assert.Equal((ActivityType.Meeting, "CON-Y1", "D-Y1"), (meeting.Type, meeting.ContactId, meeting.DealId));
        var deal = await db.Deals.SingleAsync(d => d.Id == "D-Y1");
        Assert.Equal((DealStage.Negotiation, 320000m), (deal.Stage, deal.Amount));
    }

    [Fact]
    public async Task TalkedABit_TheSummaryIsWhatWasTalkedAbout()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "跟百川物流韩梅聊了一下，他们想把二期提前到明年三月");

        await using var db = chat.Store();
        Assert.Equal("他们想把二期提前到明年三月", (await db.Activities.SingleAsync()).Summary);
    }

    [Fact]
    public async Task NoMoreLostOrdersAfterAFix_ToldBySupport_LogsTheCallAndLeavesTheDeal()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-SUP", "下午打电话回访了百川物流韩梅，扫码枪升级以后没再丢单");

        await using var db = chat.Store();
        Assert.Equal(ActivityType.Call, (await db.Activities.SingleAsync()).Type);
        Assert.Equal(DealStage.Negotiation, (await db.Deals.SingleAsync(d => d.Id == "D-B1")).Stage);
    }

    [Theory]
    [InlineData("T-710 补充一下：客户说只有导出超过一万行才会乱码", "客户说只有导出超过一万行才会乱码")]
    [InlineData("在T-710上补一句：沈经理说今天又乱码了一次", "沈经理说今天又乱码了一次")]
    [InlineData("T-710补充说明客户只在导出超过一万行时乱码", "客户只在导出超过一万行时乱码")]
    [InlineData("T-710 记一笔：已远程指导客户把固件升级到2.4，观察一天", "已远程指导客户把固件升级到2.4, 观察一天")]
    public async Task MoreToldOnATicket_IsItsComment(string message, string comment)
    {
        await using var chat = await ConversationScript.StartAsync(WithChineseTicket, Now);

        await chat.SendAsync("U-ZH", message);

        await using var db = chat.Store();
        Assert.Equal(comment, (await db.TicketComments.SingleAsync(c => c.TicketId == "T-710")).Text);
    }

    [Fact]
    public async Task PriorityLoweredOrRaisedToALevel_IsThatLevel()
    {
        await using var chat = await ConversationScript.StartAsync(WithChineseTicket, Now);

        await chat.SendAsync("U-SUP", "T-710 优先级降成高");

        await using var db = chat.Store();
        Assert.Equal(TicketPriority.High, (await db.Tickets.SingleAsync(t => t.Id == "T-710")).Priority);
    }

    [Fact]
    public async Task TwoTicketsChangedInOneMessage_OneClosedByAWordAlone_ChangesBoth()
    {
        await using var chat = await ConversationScript.StartAsync(WithChineseTicket, Now);

        await chat.SendAsync("U-SUP", "T-700 先挂起，等客户提供样例文件；T-710 客户确认没问题了，关单");

        await using var db = chat.Store();
        Assert.Equal(TicketStatus.Pending, (await db.Tickets.SingleAsync(t => t.Id == "T-700")).Status);
        Assert.Equal(TicketStatus.Closed, (await db.Tickets.SingleAsync(t => t.Id == "T-710")).Status);
    }

    [Fact]
    public async Task ThatDealsNextStep_AfterASummaryShowingOneOpenDeal_IsThatDeals()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync("U-ZH", "百川物流什么情况");

        await chat.SendAsync("U-ZH", "那个单子下一步改成下周一签合同");

        await using var db = chat.Store();
        var deal = await db.Deals.SingleAsync(d => d.Id == "D-B1");
        Assert.Equal(("签合同", new DateOnly(2026, 11, 23)), (deal.NextStep, deal.NextStepDue));
    }

    [Fact]
    public async Task ProblemToldThenANewTicketAskedFor_IsANewTicketWithThePriority()
    {
        await using var chat = await ConversationScript.StartAsync(WithChineseTicket, Now);

        await chat.SendAsync("U-SUP", "云杉沈经理想把报表上的logo换掉，不着急，建个低优先级的工单");

        await using var db = chat.Store();
        var created = await db.Tickets.SingleAsync(t => t.Id != "T-700" && t.Id != "T-710");
        Assert.Equal(("ACC-YS", TicketPriority.Low), (created.AccountId, created.Priority));
        Assert.Equal(TicketStatus.New, (await db.Tickets.SingleAsync(t => t.Id == "T-710")).Status);
    }

    [Fact]
    public async Task TicketStatusChangedWithNoTicketNamed_AsksWhichTicket()
    {
        await using var chat = await ConversationScript.StartAsync(WithChineseTicket, Now);

        (await chat.SendAsync("U-SUP", "把工单状态改成已解决")).Part<ClarificationResult>();

        await using var db = chat.Store();
        Assert.Equal(0, await db.ChangeSets.CountAsync());
    }

    [Fact]
    public async Task ContactWithARarerSurname_CalledBySurnameAndTitle_IsLinked()
    {
        await using var chat = await ConversationScript.StartAsync(s =>
        {
            ConversationSeed.Build(s);
            s.Contact("CON-B9", "ACC-BC", "傅军", title: "信息中心主任");
        }, Now);

        await chat.SendAsync("U-ZH", "提醒我周五跟傅主任约一下现场调研的时间");

        await using var db = chat.Store();
        var task = await db.Tasks.SingleAsync();
        Assert.Equal(("ACC-BC", "CON-B9"), (task.AccountId, task.ContactId));
    }

    [Theory]
    [InlineData("百川物流韩总来邮件了，说他们内部已经立项")]
    [InlineData("韩总发来邮件，说百川物流那边已经立项了")]
    [InlineData("收到了百川物流韩总的邮件，说他们内部已经立项")]
    public async Task EmailReceived_IsLoggedAsAnEmail(string message)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", message);

        await using var db = chat.Store();
        var activity = await db.Activities.SingleAsync();
        Assert.Equal((ActivityType.Email, "ACC-BC"), (activity.Type, activity.AccountId));
        Assert.Contains("立项", activity.Summary);
    }
}
