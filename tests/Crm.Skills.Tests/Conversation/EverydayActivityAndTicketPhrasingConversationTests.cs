using Crm.Data.Activities;
using Crm.Data.Tickets;
using Crm.Skills.Conversation;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>Calls, meetings and tickets said the way people say them: a call told before the ticket it was about, a note without a colon, a problem told on a call and then ticketed.</summary>
public sealed class EverydayActivityAndTicketPhrasingConversationTests
{
    // Wednesday 18 Nov 2026: 07:00 in Los Angeles, 23:00 in Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

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
    [InlineData("sent Lena Marsh at Pinecrest our pricing deck", "CON-P1", "pricing deck")]
    [InlineData("forwarded Dev Malik at Harbor the signed NDA, he'll countersign monday", "CON-H1", "signed NDA")]
    public async Task ThingSentToAPerson_IsAnEmailLoggedToday(string message, string contact, string said)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", message);

        await using var db = chat.Store();
        var activity = await db.Activities.SingleAsync(a => a.UserId == "U-REP");
        Assert.Equal((ActivityType.Email, contact, Now.UtcDateTime), (activity.Type, activity.ContactId, activity.OccurredAt));
        Assert.Contains(said, activity.Summary);
    }

    [Fact]
    public async Task NoteAskedForByName_IsANote_ThoughItsWordsMentionEmails()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "note on Pinecrest: Owen says the invoice emails are landing in their spam folder");

        await using var db = chat.Store();
        var activity = await db.Activities.SingleAsync(a => a.UserId == "U-REP");
        Assert.Equal((ActivityType.Note, "ACC-PIN"), (activity.Type, activity.AccountId));
        Assert.Contains("spam folder", activity.Summary);
    }

    [Fact]
    public async Task EmailOfAThingSent_SummaryKeepsWhatWasSent()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "emailed Owen at Pinecrest the final order form, waiting on his signature");

        await using var db = chat.Store();
        var activity = await db.Activities.SingleAsync(a => a.UserId == "U-REP");
        Assert.Equal((ActivityType.Email, "CON-P3"), (activity.Type, activity.ContactId));
        Assert.Contains("final order form", activity.Summary);
        Assert.Contains("signature", activity.Summary);
    }

    [Theory]
    [InlineData("log a visit, walked them through the loyalty app plan", "Pinecrest")]
    [InlineData("记一下拜访，给他们讲了数据中台的方案", "云杉")]
    public async Task ActivityNamingOnlyWordsOfADeal_AsksForTheCustomer_AndLogsThereOnTheAnswer(string message, string answer)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        var user = answer == "云杉" ? "U-ZH" : "U-REP";

        (await chat.SendAsync(user, message)).Part<ClarificationResult>();
        await using (var before = chat.Store())
            Assert.Equal(0, await before.Activities.CountAsync(a => a.UserId == user));
        await chat.SendAsync(user, answer);

        await using var db = chat.Store();
        var activity = await db.Activities.SingleAsync(a => a.UserId == user);
        Assert.Equal((ActivityType.Visit, answer == "云杉" ? "ACC-YS" : "ACC-PIN"), (activity.Type, activity.AccountId));
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
    public async Task Ticket_WhoReportedItFirstThenTheProblem_IsTitledByTheProblem()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "云杉沈悦反馈：审批流提交以后一直转圈，帮忙建个工单，紧急");

        await using var db = chat.Store();
        var ticket = await db.Tickets.SingleAsync(t => t.AccountId == "ACC-YS");
        Assert.Equal(("审批流提交以后一直转圈", TicketPriority.Urgent), (ticket.Title, ticket.Priority));
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

    [Theory]
    [InlineData("log a call with Owen at Pinecrest, he's pushing for net-60 terms")]
    [InlineData("call with Owen at Pinecrest: their auditors want ISO-9001 paperwork before signing")]
    public async Task PaymentTermsOrAStandardShapedLikeATicketId_AreNoTicket(string message)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", message);

        await using var db = chat.Store();
        var call = await db.Activities.SingleAsync();
        Assert.Equal(("ACC-PIN", "CON-P3"), (call.AccountId, call.ContactId));
    }

    [Fact]
    public async Task CallDictated_ThenATicketAskedForInTheSameBreath_LogsTheCallAndOpensATicketTitledByTheProblem()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-SUP", "so I just hung up with Owen from Pinecrest uh their barcode scanners freeze since the weekend um open a ticket for that high priority", MessageSource.Voice);

        await using var db = chat.Store();
        var call = await db.Activities.SingleAsync(a => a.UserId == "U-SUP");
        Assert.Equal((ActivityType.Call, "CON-P3", Now.UtcDateTime), (call.Type, call.ContactId, call.OccurredAt));
        var ticket = await db.Tickets.SingleAsync(t => t.CreatedById == "U-SUP");
        Assert.Equal(("ACC-PIN", "CON-P3", TicketPriority.High), (ticket.AccountId, ticket.ContactId, ticket.Priority));
        Assert.StartsWith("barcode scanners freeze", ticket.Title);
        Assert.Equal(1, await db.ChangeSets.CountAsync());
    }

    [Fact]
    public async Task CallTold_ThenAddThatToATicket_LogsTheCallAndNotesWhatItTold()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "Owen at Pinecrest just called, the label printer still drops jobs after the update - add that to T-700");

        await using var db = chat.Store();
        Assert.Equal((ActivityType.Call, "CON-P3"), ((await db.Activities.SingleAsync()).Type, (await db.Activities.SingleAsync()).ContactId));
        var note = await db.TicketComments.SingleAsync();
        Assert.Equal("T-700", note.TicketId);
        Assert.Contains("drops jobs after the update", note.Text);
    }

    [Theory]
    [InlineData("log that I emailed Dev the demo recording", "I emailed Dev the demo recording")]
    [InlineData("log that I called Dev about it this morning", "I called Dev about it this morning")]
    public async Task LogThatIDidSomething_IsSummarisedWithoutTheRequestToLogIt(string message, string summary)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync("U-REP", "tell me about Harbor");

        await chat.SendAsync("U-REP", message);

        await using var db = chat.Store();
        var activity = await db.Activities.SingleAsync(a => a.UserId == "U-REP");
        Assert.Equal(("ACC-HAR", summary), (activity.AccountId, activity.Summary));
    }
}
