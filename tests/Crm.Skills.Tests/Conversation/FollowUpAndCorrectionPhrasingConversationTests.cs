using Crm.Data.Activities;
using Crm.Data.Deals;
using Crm.Data.Tickets;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>
/// The next message after a write, as people send it: "him", "it" and "她" for what was just written about;
/// corrections that name the field that was wrong or deny the old value first; picks by place or title.
/// </summary>
public sealed class FollowUpAndCorrectionPhrasingConversationTests
{
    // Wednesday 18 Nov 2026: 07:00 in Los Angeles, 23:00 in Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("U-REP", "met Owen at Pinecrest, good session on the printer rollout", "remind me to follow up with him next Thursday", "ACC-PIN", "CON-P3", "2026-11-26")]
    [InlineData("U-ZH", "今天拜访了百川物流的韩梅", "下周二提醒我再跟她确认一下付款节点", "ACC-BC", "CON-B1", "2026-11-24")]
    public async Task ReminderAboutHimOrHer_AfterAnActivity_IsLinkedToThatAccountAndPerson(string user, string first, string then, string account, string contact, string due)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync(user, first);
        await chat.SendAsync(user, then);

        await using var db = chat.Store();
        var task = await db.Tasks.SingleAsync(t => t.OwnerId == user);
        Assert.Equal((account, contact, DateOnly.Parse(due)), (task.AccountId, task.ContactId, task.DueAt));
    }

    [Fact]
    public async Task BumpIt_AfterACallAboutOneDeal_MovesThatDeal()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "called Owen at Pinecrest about the loyalty app, budget is approved");
        await chat.SendAsync("U-REP", "and bump it to proposal");

        await using var db = chat.Store();
        Assert.Equal(DealStage.Proposal, (await db.Deals.SingleAsync(d => d.Id == "D-P2")).Stage);
        Assert.Equal(0, await db.FieldChanges.CountAsync(f => f.Entity == "deals" && f.RecordId == "D-P1"));
    }

    [Fact]
    public async Task NextStepAlsoThis_AfterAReminder_IsTheToDoOnItsDay()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "提醒我下周二去百川物流做现场调研");
        await chat.SendAsync("U-ZH", "顺便把百川那个单子的下一步也改成这个");

        await using var db = chat.Store();
        var deal = await db.Deals.SingleAsync(d => d.Id == "D-B1");
        Assert.Contains("调研", deal.NextStep);
        Assert.Equal(new DateOnly(2026, 11, 24), deal.NextStepDue);
    }

    [Fact]
    public async Task ThatDealsNextStep_ToAttendTheirReview_AfterAnEmail_IsTheDealOfTheEmail()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "给百川物流韩总发了封邮件，把升级方案发过去了");
        await chat.SendAsync("U-ZH", "那个单子的下一步改成下周三参加他们的评审会");

        await using var db = chat.Store();
        var deal = await db.Deals.SingleAsync(d => d.Id == "D-B1");
        Assert.Equal(("参加他们的评审会", new DateOnly(2026, 11, 25)), (deal.NextStep, deal.NextStepDue));
        Assert.Equal(0, await db.Contacts.CountAsync(c => c.AccountId == "ACC-BC" && c.Id != "CON-B1"));
    }

    [Theory]
    [InlineData("U-ZH", "云杉运维外包推到需求挖掘", "百川那个也一样", "D-B1", DealStage.NeedsAnalysis)]
    [InlineData("U-REP", "move the Pinecrest loyalty app to proposal", "Harbor too", "D-H1", DealStage.Proposal)]
    [InlineData("U-REP", "move the Pinecrest loyalty app to proposal", "same for Harbor", "D-H1", DealStage.Proposal)]
    public async Task SameForAnotherCustomer_AfterADealWasMoved_MovesThatCustomersDealTheSameWay(string user, string first, string then, string deal, DealStage stage)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync(user, first);
        await chat.SendAsync(user, then);

        await using var db = chat.Store();
        Assert.Equal(stage, (await db.Deals.SingleAsync(d => d.Id == deal)).Stage);
        Assert.Equal(2, await db.ChangeSets.CountAsync());
    }

    [Fact]
    public async Task ReminderNamingItsOwnPerson_AfterAnActivity_IsNotLinkedToTheEarlierAccount()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "met Owen at Pinecrest, good session on the printer rollout");
        await chat.SendAsync("U-REP", "remind me to call Dev at Harbor about it on Friday");

        await using var db = chat.Store();
        Assert.Equal(("ACC-HAR", "CON-H1"), await db.Tasks.Where(t => t.OwnerId == "U-REP").Select(t => ValueTuple.Create(t.AccountId, t.ContactId)).SingleAsync());
    }

    [Fact]
    public async Task DenialThenTheRightType_CorrectsTheActivity()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "今天跟百川物流韩梅开了个会，聊了仓储上线");
        await chat.SendAsync("U-ZH", "不是开会，是打的电话");

        await using var db = chat.Store();
        Assert.Equal(ActivityType.Call, (await db.Activities.SingleAsync(a => a.UserId == "U-ZH")).Type);
    }

    [Theory]
    [InlineData("百川物流仓储管理金额调到二十七万", "金额写错了，是二十九万", 290000)]
    [InlineData("bump the Harbor route planner to 90k", "make it 95k", 95000)]
    public async Task FieldSaidWrong_ThenTheValue_CorrectsTheAmount(string first, string then, int amount)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        var user = first.Any(c => c > 0x4e00) ? "U-ZH" : "U-REP";

        await chat.SendAsync(user, first);
        await chat.SendAsync(user, then);

        await using var db = chat.Store();
        Assert.Equal(amount, await db.Deals.Where(d => d.Id == (user == "U-ZH" ? "D-B1" : "D-H1")).Select(d => d.Amount).SingleAsync());
    }

    [Theory]
    [InlineData("U-ZH", "提醒我下周一给韩梅发接口文档", "11月27号吧")]
    [InlineData("U-REP", "remind me to call Dev at Harbor on Monday", "the 27th then")]
    public async Task DateAlone_AfterAReminder_MovesItsDueDate(string user, string first, string then)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync(user, first);
        await chat.SendAsync(user, then);

        await using var db = chat.Store();
        Assert.Equal(new DateOnly(2026, 11, 27), (await db.Tasks.SingleAsync(t => t.OwnerId == user)).DueAt);
    }

    [Fact]
    public async Task PrioritySaidWrong_ThenTheRightOne_CorrectsTheNewTicket()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-SUP", "open a ticket for Harbor: route exports time out");
        await chat.SendAsync("U-SUP", "优先级弄错了，应该是高");

        await using var db = chat.Store();
        Assert.Equal(TicketPriority.High, (await db.Tickets.SingleAsync(t => t.AccountId == "ACC-HAR")).Priority);
    }

    [Theory]
    [InlineData("T-700 现在谁在处理")]
    [InlineData("who's handling T-700?")]
    public async Task WhoIsOnATicket_IsAQuestion(string message)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var reply = await chat.SendAsync("U-SUP", message);

        Assert.IsType<TicketListResult>(Assert.Single(reply.Parts));
        await using var db = chat.Store();
        Assert.Equal(0, await db.ChangeSets.CountAsync());
    }

    [Theory]
    [InlineData("帮我看看周杰本季度的pipeline", typeof(PipelineResult))]
    [InlineData("周杰手上在跟的单子都列一下", typeof(DealListResult))]
    public async Task ColleagueNamedInFull_AnywhereInTheQuestion_IsWhoseDeals(string message, Type expected)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var part = Assert.Single((await chat.SendAsync("U-MGR", message)).Parts);

        Assert.IsType(expected, part);
        Assert.Equal("owner:U-ZH", part is PipelineResult p ? p.ScopeDescription : ((DealListResult)part).Description);
    }

    [Fact]
    public async Task NewContact_GivenAsTitleThenName_IsSplit()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "云杉新增联系人：信息科科长赵磊，邮箱 zhaolei@yunshan.example");

        await using var db = chat.Store();
        var contact = await db.Contacts.SingleAsync(c => c.Email == "zhaolei@yunshan.example");
        Assert.Equal(("赵磊", "信息科科长", "ACC-YS"), (contact.Name, contact.Title, contact.AccountId));
    }

    [Theory]
    [InlineData("U-SUP", "note on the label printer ticket: engineering traced it to the driver", "traced it to the driver", null)]
    [InlineData("U-SUP", "close T-700 and note that the driver update fixed it", "driver update fixed it", TicketStatus.Closed)]
    public async Task TicketNote_SaidAsANoteOnTheTicket_IsItsComment(string user, string message, string words, TicketStatus? status)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync(user, message);

        await using var db = chat.Store();
        var ticket = await db.Tickets.Include(t => t.Comments).SingleAsync(t => t.Id == "T-700");
        Assert.Contains(words, Assert.Single(ticket.Comments).Text);
        Assert.Equal(status ?? TicketStatus.Open, ticket.Status);
        Assert.Equal(0, await db.Activities.CountAsync(a => a.UserId == user));
    }

    [Fact]
    public async Task NewTicket_WhoseAccountOnlyADealWordSuggests_AsksForTheAccount()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        (await chat.SendAsync("U-SUP", "new ticket, high priority: the route planner crashes at login on Android 15")).Single<ClarificationResult>();

        await using var db = chat.Store();
        Assert.Equal(0, await db.Tickets.CountAsync(t => t.Id != "T-700"));
    }

    [Theory]
    [InlineData("U-REP", "just got off the phone with Dev at Harbor, he wants a demo early next month", "ACC-HAR")]
    [InlineData("U-ZH", "刚跟韩梅通完电话，她说仓库下周上线", "ACC-BC")]
    [InlineData("U-ZH", "刚跟沈悦微信语音聊了十来分钟，测试环境周五能好", "ACC-YS")]
    public async Task CallSaidTheEverydayWay_IsACall(string user, string message, string account)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync(user, message);

        await using var db = chat.Store();
        var call = await db.Activities.SingleAsync(a => a.UserId == user);
        Assert.Equal((ActivityType.Call, account), (call.Type, call.AccountId));
    }

    [Fact]
    public async Task NoteForAnAccount_AddedTheChineseWay_IsANoteActivity()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "给云杉加条备注：韩总反馈新版接口文档里有两处参数写错了");

        await using var db = chat.Store();
        var note = await db.Activities.SingleAsync(a => a.UserId == "U-ZH");
        Assert.Equal((ActivityType.Note, "ACC-YS"), (note.Type, note.AccountId));
        Assert.Contains("接口文档", note.Summary);
    }

    [Fact]
    public async Task WonWord_ForASigningHopedFor_MovesNoStage()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "logging yesterday's call with Dev Malik at Harbor: he wants the route planner signed before Thanksgiving");
        await chat.SendAsync("U-ZH", "新建商机：云杉门户小程序，八万，下个季度末成交");

        await using var db = chat.Store();
        Assert.Equal(DealStage.Negotiation, (await db.Deals.SingleAsync(d => d.Id == "D-H1")).Stage);
        Assert.Contains("signed", (await db.Activities.SingleAsync(a => a.UserId == "U-REP")).Summary);
        var created = await db.Deals.SingleAsync(d => d.Name.Contains("门户"));
        Assert.NotEqual(DealStage.Won, created.Stage);
        Assert.Equal(new DateOnly(2027, 3, 31), created.CloseDate);
    }

    /// <summary>Two contacts called 韩总 at two accounts: the answer names which by title.</summary>
    [Fact]
    public async Task WhichPersonQuestion_AnsweredByTitle_LogsWithThatPerson()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var question = (await chat.SendAsync("U-ZH", "跟韩总通了电话，下周再约")).Single<ClarificationResult>();
        Assert.Equal(2, question.Choices.Count);
        await chat.SendAsync("U-ZH", "采购总监那个");

        await using var db = chat.Store();
        Assert.Equal(("ACC-BC", "CON-B1"), await db.Activities.Where(a => a.UserId == "U-ZH").Select(a => ValueTuple.Create(a.AccountId, a.ContactId)).SingleAsync());
    }

    [Fact]
    public async Task TranscriptNotesFromACall_AreLoggedAsTheCall()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        const string vtt = "WEBVTT\n\n00:00:00.000 --> 00:00:03.000\n<v Dev Malik>The route planner pilot is going well.\n";

        await chat.SendAsync("U-REP", "notes from my call with Dev at Harbor just now", Crm.Skills.Conversation.MessageSource.Chat,
            new Crm.Skills.Conversation.TurnAttachment("text/vtt", "notes.vtt", vtt));

        await using var db = chat.Store();
        Assert.Equal(ActivityType.Call, (await db.Activities.SingleAsync(a => a.UserId == "U-REP")).Type);
    }

    [Fact]
    public async Task PhoneIsNow_ChangesThePhoneOnly()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "Owen Blake's phone is now 303-555-0177");

        await using var db = chat.Store();
        var owen = await db.Contacts.SingleAsync(c => c.Id == "CON-P3");
        Assert.Equal(("303-555-0177", "IT lead"), (owen.Phone, owen.Title));
    }

    [Theory]
    [InlineData("U-REP", "log a call with Owen at Pinecrest, they want the printer pilot in 3 stores", "remind me to send him the pilot checklist on Friday", "oh, and that call with Owen was actually yesterday, not today")]
    [InlineData("U-ZH", "今天拜访了百川物流的韩梅", "周五提醒我给她发报价", "对了 那次拜访其实是昨天")]
    public async Task ACallNamedTwoMessagesLater_IsRedated_NotLoggedAgain(string user, string logged, string reminder, string correction)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync(user, logged);
        await chat.SendAsync(user, reminder);
        await chat.SendAsync(user, correction);

        await using var db = chat.Store();
        var activity = await db.Activities.SingleAsync();
        var local = user == "U-ZH" ? activity.OccurredAt.AddHours(8) : activity.OccurredAt.AddHours(-8);
        Assert.Equal(new DateOnly(2026, 11, 17), DateOnly.FromDateTime(local));
        Assert.Equal(new DateOnly(2026, 11, 20), (await db.Tasks.SingleAsync()).DueAt);
    }

    [Fact]
    public async Task TheMeetingJustLoggedNamed_WasActuallyMonday_IsRedated()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "had a meeting with Dev Malik at Harbor about the route planner");
        await chat.SendAsync("U-REP", "that meeting was actually on Monday");

        await using var db = chat.Store();
        var meeting = await db.Activities.SingleAsync();
        Assert.Equal(new DateOnly(2026, 11, 16), DateOnly.FromDateTime(meeting.OccurredAt.AddHours(-8)));
    }

    [Theory]
    [InlineData("U-ZH", "提醒我周五给云杉沈经理发报价", "再加一条 下周一跟百川韩总确认需求", "ACC-BC", "2026-11-23")]
    [InlineData("U-REP", "remind me to send Lena Marsh the revised quote friday", "another one: call Dev at Harbor on Monday about the route planner", "ACC-HAR", "2026-11-23")]
    public async Task AnotherOne_AfterAReminder_IsASecondReminder(string user, string first, string another, string account, string due)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync(user, first);
        await chat.SendAsync(user, another);

        await using var db = chat.Store();
        var tasks = await db.Tasks.Where(t => t.OwnerId == user).OrderBy(t => t.Id).ToListAsync();
        Assert.Equal(2, tasks.Count);
        Assert.Equal((account, (DateOnly?)DateOnly.Parse(due)), (tasks[1].AccountId, tasks[1].DueAt));
    }

    [Fact]
    public async Task OneMoreLine_AfterACall_IsMoreOfItsSummary()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "今天给云杉沈经理打了电话 聊了数据中台的接口");
        await chat.SendAsync("U-ZH", "再加一条 他们希望下个月初能上线");

        await using var db = chat.Store();
        var call = await db.Activities.SingleAsync(a => a.UserId == "U-ZH");
        Assert.Contains("下个月初能上线", call.Summary);
        Assert.Empty(await db.Tasks.Where(t => t.OwnerId == "U-ZH").ToListAsync());
    }
}
