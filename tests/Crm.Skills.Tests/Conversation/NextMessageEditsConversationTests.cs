using Crm.Data.Activities;
using Crm.Data.Deals;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>
/// The message after a write that edits it rather than asking for something new: an undo with the reason after it, a day
/// for the call ("that was yesterday", "哦 对 是昨天打的"), another stage after "我说错了", another person for the reminder, more
/// to add to the summary, why a deal was lost; and "him" two messages on, after a deal was moved in between.
/// </summary>
public sealed class NextMessageEditsConversationTests
{
    // Wednesday 18 Nov 2026: 07:00 in Los Angeles, 23:00 in Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("never mind, delete that - turned out he was on the wrong login")]
    [InlineData("wait, undo – the paperwork isn't signed yet")]
    [InlineData("算了删掉")]
    public async Task UndoWithTheReasonAfterIt_UndoesTheCall(string undo)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync("U-REP", "log a call with Dev at Harbor about the route planner");

        await chat.SendAsync("U-REP", undo);

        await using var db = chat.Store();
        Assert.Equal(0, await db.Activities.CountAsync());
    }

    [Fact]
    public async Task ThatWasYesterday_RedatesTheCall_AndAGoodCallChangesNothing()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync("U-REP", "log a call with Dev at Harbor about the route planner");

        await chat.SendAsync("U-REP", "oh and um that was yesterday not today");
        await chat.SendAsync("U-REP", "that was a good call by the way");

        await using var db = chat.Store();
        var call = await db.Activities.SingleAsync();
        Assert.Equal(new DateOnly(2026, 11, 17), DateOnly.FromDateTime(call.OccurredAt.AddHours(-8)));
    }

    [Theory]
    [InlineData("U-ZH", "刚 跟 百川物流 韩总 通 了 电话 他们 下 周 来 公司 参观", "哦 对 是 昨天 打 的", 8)]
    [InlineData("U-REP", "just got off a call with Dev at Harbor about the route planner", "oh right, it was yesterday", -8)]
    public async Task WhenTheCallReallyWas_SaidRightAfter_RedatesTheSameCall(string user, string told, string when, int offsetHours)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync(user, told);

        await chat.SendAsync(user, when);

        await using var db = chat.Store();
        var call = await db.Activities.SingleAsync();
        Assert.Equal((ActivityType.Call, new DateOnly(2026, 11, 17)), (call.Type, DateOnly.FromDateTime(call.OccurredAt.AddHours(offsetHours))));
    }

    [Fact]
    public async Task ISaidItWrong_ThenAnotherStage_CorrectsTheStageJustSet()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync("U-ZH", "云杉 运维外包 推到 方案 报价");

        await chat.SendAsync("U-ZH", "哦 不是 我 说错 了 是 谈判 签约");

        await using var db = chat.Store();
        Assert.Equal(DealStage.Negotiation, (await db.Deals.SingleAsync(d => d.Id == "D-Y2")).Stage);
        Assert.Equal(DealStage.Proposal, (await db.Deals.SingleAsync(d => d.Id == "D-Y1")).Stage);
    }

    [Theory]
    [InlineData("U-REP", "remind me to send Lena Marsh the pricing breakdown tomorrow", "actually it's for Owen, not Lena", "CON-P3", "Send Owen Blake the pricing breakdown")]
    [InlineData("U-ZH", "提醒我周三给云杉韩总寄发票", "不是韩总，是沈经理", "CON-Y2", "给云杉沈经理寄发票")]
    public async Task ReminderForAnotherPerson_MovesToThemAndRenamesThem(string user, string reminder, string correction, string contact, string title)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync(user, reminder);

        await chat.SendAsync(user, correction);

        await using var db = chat.Store();
        var task = await db.Tasks.SingleAsync();
        Assert.Equal((contact, title), (task.ContactId, task.Title));
    }

    [Fact]
    public async Task ThinkAgainThenAnotherDay_RedatesTheReminderJustSet()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync("U-ZH", "提醒我下周一给云杉韩总发演示视频");

        await chat.SendAsync("U-ZH", "算了 还是周五吧");

        await using var db = chat.Store();
        var task = await db.Tasks.SingleAsync();
        Assert.Equal(("CON-Y1", new DateOnly(2026, 11, 20)), (task.ContactId, task.DueAt));
    }

    [Fact]
    public async Task ThinkAgainThenMidNextMonth_MovesTheCloseDateJustSetToTheFifteenth()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync("U-ZH", "百川物流的单子关单日期改到月底");

        await chat.SendAsync("U-ZH", "算了 还是下个月中吧");

        await using var db = chat.Store();
        Assert.Equal(new DateOnly(2026, 12, 15), (await db.Deals.SingleAsync(d => d.Id == "D-B1")).CloseDate);
    }

    [Theory]
    [InlineData("U-REP", "Called Owen at Pinecrest - he wants two more printers", "also add that he's retiring in March and Lena Ortiz takes over", "retiring in March")]
    [InlineData("U-ZH", "去云杉拜访了韩总，聊了数据中台的权限设计", "再加一句：韩总希望下个月能看到原型", "下个月能看到原型")]
    public async Task MoreToAdd_GoesIntoTheSummaryOfTheOneActivity(string user, string logged, string more, string added)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync(user, logged);

        await chat.SendAsync(user, more);

        await using var db = chat.Store();
        var activity = await db.Activities.SingleAsync();
        Assert.Contains(added, activity.Summary);
        Assert.True(activity.Summary!.Length > added.Length + 4, activity.Summary);
    }

    [Fact]
    public async Task NoteAboutHim_AfterACall_IsANoteOnThatCustomer()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync("U-REP", "call with owen at pinecrest about the printer rollout");

        await chat.SendAsync("U-REP", "also add a note that he wants our pen test summary before the board meets");

        await using var db = chat.Store();
        var note = await db.Activities.SingleAsync(a => a.Type == ActivityType.Note);
        Assert.Equal("ACC-PIN", note.AccountId);
        Assert.Contains("pen test summary", note.Summary);
        Assert.Equal(2, await db.Activities.CountAsync());
    }

    [Theory]
    [InlineData("U-REP", "log a meeting with dev at harbor, they want to sign by dec 10", "and set the route planner close date to that", "D-H1", "2026-12-10")]
    [InlineData("U-ZH", "去百川物流拜访了韩总，他们想12月10号前签", "关单日期也改成那天", "D-B1", "2026-12-10")]
    public async Task CloseDateSetToThat_IsTheDayTheMessageBeforeSaid(string user, string told, string then, string deal, string close)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync(user, told);

        await chat.SendAsync(user, then);

        await using var db = chat.Store();
        Assert.Equal(DateOnly.Parse(close), (await db.Deals.SingleAsync(d => d.Id == deal)).CloseDate);
    }

    [Theory]
    [InlineData("U-REP", "Pinecrest loyalty app is lost", "reason: they froze all IT spend until next year", "D-P2", "froze all IT spend")]
    [InlineData("U-ZH", "云杉运维外包那个单子丢了", "原因是他们决定自研", "D-Y2", "自研")]
    public async Task ReasonAfterADealMarkedLost_IsItsLostReason(string user, string lost, string reason, string deal, string expected)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync(user, lost);

        await chat.SendAsync(user, reason);

        await using var db = chat.Store();
        var updated = await db.Deals.SingleAsync(d => d.Id == deal);
        Assert.Equal(DealStage.Lost, updated.Stage);
        Assert.Contains(expected, updated.LostReason);
    }

    [Fact]
    public async Task HimAfterACallAndADealMove_IsThePersonCalled()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync("U-REP", "log a call with Dev at Harbor about the route planner");
        await chat.SendAsync("U-REP", "move the route planner deal to proposal too");

        await chat.SendAsync("U-REP", "and remind me to send him the quote Thursday");

        await using var db = chat.Store();
        Assert.Equal("CON-H1", (await db.Tasks.SingleAsync()).ContactId);
    }

    [Fact]
    public async Task EmailThatArrangedAMeeting_IsOneEmail_NoTask()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "给云杉韩总发了邮件，约下周二去上海做数据中台方案汇报");

        await using var db = chat.Store();
        Assert.Equal(0, await db.Tasks.CountAsync());
        Assert.Equal("D-Y1", (await db.Activities.SingleAsync()).DealId);
    }

    [Fact]
    public async Task NewContactAtAnAccount_IsNoTitle_AndTheTitleSaidIs()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "add a new contact at Harbor: Ian Wright, Head of Procurement, ian.wright@harbor.example");

        await using var db = chat.Store();
        Assert.Equal("Head of Procurement", (await db.Contacts.SingleAsync(c => c.Name == "Ian Wright")).Title);
    }

    [Fact]
    public async Task CallAboutAnAccountClosing_IsLogged_NotADealQuestion()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "call with Dev Malik at Harbor this morning, they asked how to export their data before the account closes");

        await using var db = chat.Store();
        Assert.Equal("CON-H1", (await db.Activities.SingleAsync()).ContactId);
    }

    [Fact]
    public async Task WhatWasJustLogged_PutIntoATicketsNotes_IsTheNote_AndThePriorityChanges()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        (await chat.SendAsync("U-ADM", "刚接到Pinecrest的Owen电话，说标签打印机又卡纸了")).Part<ChangeResult>();

        await chat.SendAsync("U-ADM", "把这个记到T-700的备注里，然后优先级调成高");

        await using var db = chat.Store();
        Assert.Contains("标签打印机又卡纸了", (await db.TicketComments.SingleAsync()).Text);
        Assert.Equal(Crm.Data.Tickets.TicketPriority.High, (await db.Tickets.SingleAsync()).Priority);
    }

    [Theory]
    [InlineData("U-REP", "move the Pinecrest POS upgrade to negotiation", "no, I meant the loyalty app", "D-P1", DealStage.Proposal, "D-P2")]
    [InlineData("U-ZH", "云杉数据中台推进到谈判阶段", "不对，是运维外包那个单子", "D-Y1", DealStage.Proposal, "D-Y2")]
    public async Task IMeantTheOtherDeal_PutsTheFirstBack_AndMovesTheOneMeant(string user, string move, string meant, string mistaken, DealStage before, string other)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync(user, move);

        await chat.SendAsync(user, meant);

        await using var db = chat.Store();
        Assert.Equal(before, (await db.Deals.SingleAsync(d => d.Id == mistaken)).Stage);
        Assert.Equal(DealStage.Negotiation, (await db.Deals.SingleAsync(d => d.Id == other)).Stage);
    }

    [Theory]
    [InlineData("U-ZH", "云杉数据中台金额改成25万", "说错了，是百川物流的", "D-Y1", 300000, "D-B1")]
    [InlineData("U-ZH", "云杉数据中台金额改成25万", "哦不对 我说的是百川物流的单子", "D-Y1", 300000, "D-B1")]
    [InlineData("U-REP", "Pinecrest POS upgrade amount is 250k now", "sorry, that was for Harbor", "D-P1", 50000, "D-H1")]
    public async Task ACorrectionNamingAnotherCustomer_MovesTheChangeToItsOnlyOpenDeal_AndPutsTheFirstBack(
        string user, string change, string correction, string mistaken, decimal before, string meant)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync(user, change);

        await chat.SendAsync(user, correction);

        await using var db = chat.Store();
        Assert.Equal(before, (await db.Deals.SingleAsync(d => d.Id == mistaken)).Amount);
        Assert.Equal(250000m, (await db.Deals.SingleAsync(d => d.Id == meant)).Amount);
    }

    [Fact]
    public async Task IMeantTheOtherDeal_UndoneAfterwards_LeavesTheFirstChangeAsItWas()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync("U-REP", "move the Pinecrest POS upgrade to negotiation");
        await chat.SendAsync("U-REP", "no, I meant the loyalty app");

        await chat.SendAsync("U-REP", "undo");

        await using var db = chat.Store();
        Assert.Equal(DealStage.Negotiation, (await db.Deals.SingleAsync(d => d.Id == "D-P1")).Stage);
        Assert.Equal(DealStage.Qualified, (await db.Deals.SingleAsync(d => d.Id == "D-P2")).Stage);
    }

    [Theory]
    [InlineData("sorry, I meant 45k")]
    [InlineData("actually the loyalty app is at 45k too")]
    public async Task ACorrectionThatMeansNoOtherDeal_StaysOnTheDealChanged(string correction)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync("U-REP", "move the Pinecrest POS upgrade to negotiation");

        await chat.SendAsync("U-REP", correction);

        await using var db = chat.Store();
        Assert.Equal(DealStage.Negotiation, (await db.Deals.SingleAsync(d => d.Id == "D-P1")).Stage);
        Assert.Equal(DealStage.Qualified, (await db.Deals.SingleAsync(d => d.Id == "D-P2")).Stage);
    }

    [Theory]
    [InlineData("U-ZH", "云杉数据中台推到谈判", "另一个推到方案阶段", "D-Y1", "D-Y2")]
    [InlineData("U-REP", "move the Pinecrest POS upgrade to negotiation", "and the other one to proposal", "D-P1", "D-P2")]
    public async Task TheOtherOne_AfterADealWasChanged_IsTheCustomersOtherOpenDeal(string user, string first, string second, string moved, string other)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync(user, first);

        await chat.SendAsync(user, second);

        await using var db = chat.Store();
        Assert.Equal(DealStage.Negotiation, (await db.Deals.SingleAsync(d => d.Id == moved)).Stage);
        Assert.Equal(DealStage.Proposal, (await db.Deals.SingleAsync(d => d.Id == other)).Stage);
    }

    [Theory]
    [InlineData("U-ZH", "云杉数据中台金额改成32万", "另一个也加两万", "D-Y2", 140000)]
    [InlineData("U-REP", "Pinecrest POS upgrade is at 60k now", "and add 5k to the other one", "D-P2", 25000)]
    public async Task TheOtherOne_RaisedByASum_AddsItToThatDealsOwnAmount(string user, string first, string second, string other, int amount)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync(user, first);

        await chat.SendAsync(user, second);

        await using var db = chat.Store();
        Assert.Equal(amount, (await db.Deals.SingleAsync(d => d.Id == other)).Amount);
    }

    [Fact]
    public async Task TheOtherOne_AfterADealPickedFromAList_IsTheOtherDealListed()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync("U-REP", "which of my deals close in December?");
        await chat.SendAsync("U-REP", "Harbor just signed, mark it won");

        var shown = (await chat.SendAsync("U-REP", "when does the other one close?")).Part<DealListResult>();
        await chat.SendAsync("U-REP", "push the other one to Jan 8");

        Assert.Equal("D-P1", Assert.Single(shown.Deals).Deal.Id);
        await using var db = chat.Store();
        Assert.Equal(new DateOnly(2027, 1, 8), (await db.Deals.SingleAsync(d => d.Id == "D-P1")).CloseDate);
        Assert.Equal(new DateOnly(2026, 12, 1), (await db.Deals.SingleAsync(d => d.Id == "D-H1")).CloseDate);
    }

    [Theory]
    [InlineData("U-REP", "Pinecrest POS upgrade close date Dec 18", "and the other one to end of January")]
    [InlineData("U-ZH", "云杉数据中台关单日期改到12月18号", "另一个推到一月底")]
    public async Task TheOtherOne_ToADateAfterACloseDateMoved_MovesTheOtherDealsCloseDate(string user, string first, string second)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync(user, first);

        await chat.SendAsync(user, second);

        await using var db = chat.Store();
        var deals = await db.Deals.Where(d => d.AccountId == (user == "U-ZH" ? "ACC-YS" : "ACC-PIN")).OrderBy(d => d.Id).Select(d => d.CloseDate).ToListAsync();
        Assert.Equal([new DateOnly(2026, 12, 18), new DateOnly(2027, 1, 31)], deals);
    }

    [Fact]
    public async Task TheTimeMoved_AfterANextStepWithItsDay_MovesTheStepsDueDateNotTheCloseDate()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync("U-ZH", "云杉数据中台下一步改成周五跟沈悦对合同");

        await chat.SendAsync("U-ZH", "时间改到下周一");

        await using var db = chat.Store();
        var deal = await db.Deals.SingleAsync(d => d.Id == "D-Y1");
        Assert.Equal((new DateOnly(2026, 11, 23), new DateOnly(2026, 12, 30)), (deal.NextStepDue, deal.CloseDate));
        Assert.Contains("合同", deal.NextStep, StringComparison.Ordinal);
    }
}
