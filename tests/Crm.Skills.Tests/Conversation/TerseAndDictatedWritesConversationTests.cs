using Crm.Data.Activities;
using Crm.Data.Deals;
using Crm.Data.Tickets;
using Crm.Skills.Conversation;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>
/// Writes as reps type or dictate them in a hurry: "re the audit export", "Demo with Dev went great", 跑了一趟, a plan
/// "约…吃个饭" put on the to-do list, "has a new mobile:", a new contact dictated without commas, a deal lost to a
/// cheaper bid, a ticket dictated with fillers and its priority first, and the answers to the questions they lead to; a
/// to-do asked for after what to do, a due date named by its field, a department before a Chinese name, 复盘会.
/// </summary>
public sealed class TerseAndDictatedWritesConversationTests
{
    // Wednesday 18 Nov 2026: 07:00 in Los Angeles, 23:00 in Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task JustWrappedWithSomeone_LogsTheConversationBesideTheStageAndReminder()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "just wrapped with owen at pinecrest, loyalty app to needs analysis, remind me to book the CIO intro for next wed");

        await using var db = chat.Store();
        Assert.Equal("CON-P3", (await db.Activities.SingleAsync(a => a.UserId == "U-REP")).ContactId);
        Assert.Equal(DealStage.NeedsAnalysis, (await db.Deals.SingleAsync(d => d.Id == "D-P2")).Stage);
        Assert.Equal(new DateOnly(2026, 11, 25), (await db.Tasks.SingleAsync(t => t.Title.Contains("CIO"))).DueAt);
    }

    [Fact]
    public async Task CallAboutSomethingSaidWithRe_KeepsWhatItWasAbout()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "Spoke to Dev Malik at Harbor this morning re the telematics export, they'll need a fresh one for Q4");

        await using var db = chat.Store();
        Assert.Contains("telematics export", (await db.Activities.SingleAsync()).Summary);
    }

    [Fact]
    public async Task DemoThatWentWell_WithAStageMoveAndAReminder_LogsAllThree()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "Demo with Dev at Harbor went great. Moving the route planner to proposal at 85k, and remind me to send him the quote tomorrow");

        await using var db = chat.Store();
        var demo = await db.Activities.SingleAsync();
        Assert.Equal(("ACC-HAR", "CON-H1"), (demo.AccountId, demo.ContactId));
        var deal = await db.Deals.SingleAsync(d => d.Id == "D-H1");
        Assert.Equal(85000, deal.Amount);
        Assert.Equal(new DateOnly(2026, 11, 19), (await db.Tasks.SingleAsync()).DueAt);
    }

    [Fact]
    public async Task DictatedMeetingRunningIntoAReminder_LogsTheMeeting_AndTheReminderSaysWhatItIsFor()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "so i just uh finished a meeting with owen at pinecrest he wants the loyalty app proposal by end of month remind me to send it on the 27th", MessageSource.Voice);

        await using var db = chat.Store();
        var meeting = await db.Activities.SingleAsync();
        Assert.Equal(("ACC-PIN", "CON-P3"), (meeting.AccountId, meeting.ContactId));
        var task = await db.Tasks.SingleAsync();
        Assert.Equal(new DateOnly(2026, 11, 27), task.DueAt);
        Assert.Equal("Send the loyalty app proposal", task.Title);
    }

    [Theory]
    [InlineData("U-REP", "met with dev at harbor yesterday uh the security review is done so move the route planner to proposal", "D-H1", "ACC-HAR")]
    [InlineData("U-ZH", "今天跟云杉沈经理开了个会他们技术评审过了呃帮我把运维外包推到方案报价", "D-Y2", "ACC-YS")]
    public async Task DictatedReportRunningIntoAStageMove_LogsItAndMovesTheDeal(string user, string message, string deal, string account)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync(user, message, MessageSource.Voice);

        await using var db = chat.Store();
        Assert.Equal(account, (await db.Activities.SingleAsync()).AccountId);
        Assert.Equal(DealStage.Proposal, (await db.Deals.SingleAsync(d => d.Id == deal)).Stage);
    }

    [Fact]
    public async Task VersionedDocumentSaidBare_IsWhatTheReminderSends()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "Call with Owen at Pinecrest - they want proposal v2 to include the kiosk add-on. remind me to send it Monday");

        await using var db = chat.Store();
        Assert.Equal("Send the proposal v2", (await db.Tasks.SingleAsync()).Title);
    }

    [Fact]
    public async Task WentOverToTheCustomer_IsAVisit()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "下午帮同事跑了一趟百川物流，见了韩梅，把报价单当面交给她了");

        await using var db = chat.Store();
        Assert.Equal((ActivityType.Visit, "CON-B1"), ((await db.Activities.SingleAsync()).Type, (await db.Activities.SingleAsync()).ContactId));
    }

    [Theory]
    [InlineData("回头找个时间约百川物流韩总吃个饭，记个待办")]
    [InlineData("想约百川物流的韩梅吃饭，帮我记个待办")]
    public async Task MealToArrange_PutOnTheToDoList_IsATaskNotAMeeting(string message)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", message);

        await using var db = chat.Store();
        Assert.Equal(0, await db.Activities.CountAsync());
        var task = await db.Tasks.SingleAsync();
        Assert.Equal(("ACC-BC", (DateOnly?)null), (task.AccountId, task.DueAt));
        Assert.StartsWith("约", task.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmailThenWhatWasSentInIt_KeepsWhatWasSentInTheSummary()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "刚给百川物流韩梅发了封邮件，把新版报价发过去了");

        await using var db = chat.Store();
        var email = await db.Activities.SingleAsync();
        Assert.Equal(ActivityType.Email, email.Type);
        Assert.Contains("新版报价", email.Summary);
    }

    [Theory]
    [InlineData("Dev at Harbor has a new mobile: 206-555-0199")]
    [InlineData("Dev Malik's new cell 206-555-0199")]
    public async Task NewMobileSaidInPassing_ChangesTheContactsPhone(string message)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", message);

        await using var db = chat.Store();
        Assert.Contains("555-0199", (await db.Contacts.SingleAsync(c => c.Id == "CON-H1")).Phone);
    }

    [Theory]
    [InlineData("百川物流加个联系人 孙丽 信息科科长 邮箱 sunli@baichuan.example")]
    [InlineData("百川物流加个联系人孙丽 信息科科长 邮箱 sunli@baichuan.example")]
    public async Task NewContactDictatedWithoutCommas_TakesTheNameAfterTheWordContact(string message)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", message);

        await using var db = chat.Store();
        var contact = await db.Contacts.SingleAsync(c => c.Name == "孙丽");
        Assert.Equal(("ACC-BC", "信息科科长", "sunli@baichuan.example"), (contact.AccountId, contact.Title, contact.Email));
    }

    [Fact]
    public async Task DealLostToACheaperBid_IsLost_NotMovedToProposal()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "云杉运维外包那个单子丢了，被本地一家报价更便宜的厂商抢走了");

        await using var db = chat.Store();
        var deal = await db.Deals.SingleAsync(d => d.Id == "D-Y2");
        Assert.Equal(DealStage.Lost, deal.Stage);
        Assert.Contains("更便宜", deal.LostReason);
    }

    [Theory]
    [InlineData("把百川物流的单子阶段改一下")]
    [InlineData("update the stage of the Harbor route planner")]
    public async Task StageChangeWithoutAStage_AsksWhichStage(string message)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var reply = await chat.SendAsync(message.Contains("Harbor") ? "U-REP" : "U-ZH", message);

        reply.Part<ClarificationResult>();
        await using var db = chat.Store();
        Assert.Equal(0, await db.ChangeSets.CountAsync());
    }

    [Fact]
    public async Task TicketDictatedWithFillersAndPriorityFirst_IsTitledWithTheProblem()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-SUP", "um new ticket uh for Pinecrest high priority uh the label uploads are failing for uh PDFs over ten megs Owen reported it",
            MessageSource.Voice);

        await using var db = chat.Store();
        var ticket = await db.Tickets.SingleAsync(t => t.Id != "T-700");
        Assert.Equal(("ACC-PIN", TicketPriority.High, "CON-P3"), (ticket.AccountId, ticket.Priority, ticket.ContactId));
        Assert.Contains("PDFs over ten megs", ticket.Title);
        Assert.DoesNotContain("reported", ticket.Title);
    }

    [Fact]
    public async Task FirstNameAnsweringWhichOfTwoSurnameSakes_LogsTheCall()
    {
        await using var chat = await ConversationScript.StartAsync(s =>
        {
            ConversationSeed.Build(s);
            // Another Nina elsewhere: the first name alone fits two people, of whom one was offered.
            s.Contact("CON-H2", "ACC-HAR", "Nina Fox", title: "Controller").Contact("CON-P4", "ACC-PIN", "Nina Brooks");
        }, Now);

        var question = (await chat.SendAsync("U-REP", "log a call with Fox - budget for next year is approved")).Part<ClarificationResult>();
        Assert.Equal(2, question.Choices.Count);
        await chat.SendAsync("U-REP", "Nina");

        await using var db = chat.Store();
        Assert.Equal(("ACC-HAR", "CON-H2"), ((await db.Activities.SingleAsync()).AccountId, (await db.Activities.SingleAsync()).ContactId));
    }

    [Fact]
    public async Task CommentForACustomersTicketThatFitsNone_OffersItsOpenTickets_AndTheAnswerPicksOne()
    {
        await using var chat = await ConversationScript.StartAsync(s =>
        {
            ConversationSeed.Build(s);
            s.Ticket("T-701", "ACC-PIN", "Loyalty app login loops", TicketStatus.Open, TicketPriority.High, "U-SUP");
        }, Now);

        var question = (await chat.SendAsync("U-SUP", "add a comment to the Pinecrest ticket: engineering deployed a patch last night")).Part<ClarificationResult>();
        Assert.Equal(2, question.Choices.Count);
        await chat.SendAsync("U-SUP", "the login one");

        await using var db = chat.Store();
        var comment = await db.TicketComments.SingleAsync();
        Assert.Equal("T-701", comment.TicketId);
        Assert.Contains("patch", comment.Text);
    }

    [Fact]
    public async Task ProblemNamedThenChangedAsIt_ChangesThatTicket()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-SUP", "the Pinecrest label printer problem - drop it to low priority, it only hits one store");

        await using var db = chat.Store();
        Assert.Equal(TicketPriority.Low, (await db.Tickets.SingleAsync()).Priority);
    }

    [Fact]
    public async Task RaiseTheCustomersTicketToHigh_ChangesItsPriority_NotANewTicket()
    {
        await using var chat = await ConversationScript.StartAsync(s =>
        {
            ConversationSeed.Build(s);
            s.Ticket("T-701", "ACC-PIN", "CSV export truncates names", TicketStatus.Pending, TicketPriority.Low, "U-SUP");
        }, Now);

        (await chat.SendAsync("U-SUP", "raise the Pinecrest ticket to high priority")).Part<ClarificationResult>();
        await chat.SendAsync("U-SUP", "the CSV one");

        await using var db = chat.Store();
        Assert.Equal(2, await db.Tickets.CountAsync());
        Assert.Equal(TicketPriority.High, (await db.Tickets.SingleAsync(t => t.Id == "T-701")).Priority);
    }

    [Fact]
    public async Task WhichTicketAnsweredWithTheCustomer_PicksItsOneOpenTicket()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        (await chat.SendAsync("U-SUP", "mark the ticket as resolved")).Part<ClarificationResult>();
        await chat.SendAsync("U-SUP", "the Pinecrest one");

        await using var db = chat.Store();
        Assert.Equal(TicketStatus.Resolved, (await db.Tickets.SingleAsync()).Status);
    }

    [Fact]
    public async Task StageSaidAloneAsAFieldValue_MovesTheDeal()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "Pinecrest loyalty app: proposal, 24k");

        await using var db = chat.Store();
        var deal = await db.Deals.SingleAsync(d => d.Id == "D-P2");
        Assert.Equal((DealStage.Proposal, 24000m), (deal.Stage, deal.Amount));
    }

    [Fact]
    public async Task AfterUndo_ItIsTheDealTheUndoneMessageChanged()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync("U-REP", "Pinecrest loyalty app: proposal, 24k");
        await chat.SendAsync("U-REP", "undo");

        await chat.SendAsync("U-REP", "just set it to proposal, leave the amount alone");

        await using var db = chat.Store();
        var deal = await db.Deals.SingleAsync(d => d.Id == "D-P2");
        Assert.Equal((DealStage.Proposal, 20000m), (deal.Stage, deal.Amount));
    }

    [Theory]
    [InlineData("月底前要跟进一下云杉韩总那边的接口对接，帮我建个待办", "2026-11-30", "跟进一下云杉韩总那边的接口对接")]
    [InlineData("帮我记个todo：下周一回访云杉韩总，确认接口升级后还正常不", "2026-11-23", "回访云杉韩总")]
    public async Task ATaskAskedForAfterOrBeforeWhatToDo_IsOneTaskWithThatTitle(string message, string due, string title)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", message);

        await using var db = chat.Store();
        var task = await db.Tasks.SingleAsync();
        Assert.Equal((DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), "ACC-YS", "CON-Y1"), (task.DueAt, task.AccountId, task.ContactId));
        Assert.StartsWith(title, task.Title);
    }

    [Theory]
    [InlineData("U-ZH", "提醒我给云杉韩总寄一份纸质合同", "截止日期设成下周一吧", "2026-11-23")]
    [InlineData("U-REP", "remind me to send Owen at Pinecrest the printer quote", "make the deadline Friday", "2026-11-20")]
    public async Task ADueDateNamedByItsField_RightAfterATask_IsThatTasksDueDate(string user, string reminder, string due, string expected)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync(user, reminder);

        await chat.SendAsync(user, due);

        await using var db = chat.Store();
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), (await db.Tasks.SingleAsync()).DueAt);
    }

    [Theory]
    [InlineData("云杉新加个联系人，财务部的钱芳，财务经理，邮箱 qian.fang@yunshan.example", "财务经理")]
    [InlineData("云杉新加个联系人，财务部钱芳，邮箱 qian.fang@yunshan.example", "财务部")]
    public async Task ADepartmentSaidBeforeAChineseName_IsNotPartOfTheName(string message, string title)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", message);

        await using var db = chat.Store();
        var contact = await db.Contacts.SingleAsync(c => c.Email == "qian.fang@yunshan.example");
        Assert.Equal(("钱芳", title), (contact.Name, contact.Title));
    }

    [Fact]
    public async Task AReviewMeetingByItsChineseName_IsAMeeting_AndGoingToTheQuoteStage_MovesTheDeal()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "今天跟云杉韩总开了季度复盘会，运维外包确定走方案报价了，金额十五万");

        await using var db = chat.Store();
        Assert.Equal(ActivityType.Meeting, (await db.Activities.SingleAsync()).Type);
        var deal = await db.Deals.SingleAsync(d => d.Id == "D-Y2");
        Assert.Equal((DealStage.Proposal, 150000m), (deal.Stage, deal.Amount));
    }

    [Fact]
    public async Task NextStepChangedWithItsDate_IsTheDealsNextStep_NotATask()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "云杉数据中台，下一步改成月底前提交需求规格说明书");

        await using var db = chat.Store();
        var deal = await db.Deals.SingleAsync(d => d.Id == "D-Y1");
        Assert.Equal(("提交需求规格说明书", new DateOnly(2026, 11, 30)), (deal.NextStep, deal.NextStepDue));
        Assert.Equal(0, await db.Tasks.CountAsync());
    }

    [Theory]
    [InlineData("ok so um just got off the phone with owen at pinecrest uh the loyalty app deal is now at like a hundred and ten thousand and they wanna close by end of the year", ActivityType.Call, DealStage.Qualified, 110000, "2026-12-31")]
    [InlineData("call with owen at pinecrest uh loyalty app is at proposal now amount thirty no wait thirty two thousand", ActivityType.Call, DealStage.Proposal, 32000, "2027-01-15")]
    [InlineData("okay so uh just came out of the meeting at pinecrest with owen uh they loved the demo so uh loyalty app move that to proposal", ActivityType.Meeting, DealStage.Proposal, 20000, "2027-01-15")]
    public async Task DealChangedInTheSameBreathAsTheConversation_LogsTheActivityAndChangesTheDeal(string message, ActivityType kind, DealStage stage, int amount, string close)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", message, MessageSource.Voice);

        await using var db = chat.Store();
        var activity = await db.Activities.SingleAsync(a => a.UserId == "U-REP");
        Assert.Equal((kind, "CON-P3", "D-P2"), (activity.Type, activity.ContactId, activity.DealId));
        var deal = await db.Deals.SingleAsync(d => d.Id == "D-P2");
        Assert.Equal((stage, (decimal)amount, DateOnly.Parse(close)), (deal.Stage, deal.Amount!.Value, deal.CloseDate!.Value));
    }
}
