using Crm.Data.Activities;
using Crm.Data.Tickets;
using Crm.Data.Users;
using Crm.Skills.Conversation;
using Crm.Skills.Results;
using Crm.Skills.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>
/// How support agents talk about their queue: a ticket opened and handed over in one message, a note with a change
/// after it, a call that brought a ticket's news, the unassigned or urgent part of the queue, and the one ticket "in
/// my hands" picked up afterwards.
/// </summary>
public sealed class SupportDeskPhrasingConversationTests
{
    // Wednesday 18 Nov 2026: 07:00 in Los Angeles, 23:00 in Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    // Monday 16 Nov 2026, 10:00 in Shanghai: "周五" read backwards would be 13 Nov.
    private static readonly DateTimeOffset ShanghaiMorning = new(2026, 11, 16, 2, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// <see cref="ConversationSeed"/> plus a support desk, a customer's contact who shares an agent's first name, and a
    /// queue with tickets nobody has picked up, one waiting on its customer for each side.
    /// </summary>
    private static void Seed(SeedBuilder s)
    {
        ConversationSeed.Build(s);
        s.User("U-TOM", UserRole.Support, "Support", name: "Tom Becker")
            .User("U-LJ", UserRole.Support, "客服", timeZone: "Asia/Shanghai", name: "李静", locale: "zh-CN")
            .Contact("CON-Q2", "ACC-QNT", "Tom Wright", title: "Buyer")
            .Ticket("T-31", "ACC-HAR", "Route export times out", TicketStatus.New, TicketPriority.High)
            .Ticket("T-32", "ACC-YS", "仓库扫码枪数据不同步", TicketStatus.Open, TicketPriority.Urgent, "U-LJ")
            .Ticket("T-33", "ACC-BC", "短信通知发送失败", TicketStatus.New, TicketPriority.High)
            .Ticket("T-34", "ACC-BC", "合同审批流程卡住", TicketStatus.Pending, TicketPriority.Normal, "U-LJ")
            .Ticket("T-35", "ACC-QNT", "Dashboard slow after upgrade", TicketStatus.Pending, TicketPriority.Low, "U-TOM");
    }

    [Fact]
    public async Task NewTicket_HandedOverInTheSameMessage_IsOpenedWithThatAssignee()
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);

        await chat.SendAsync("U-ADM", "open a high priority ticket for Harbor Freightways: loyalty points not posting since Tuesday, reported by Dev. assign it to Tom");

        await using var db = chat.Store();
        var created = await db.Tickets.SingleAsync(t => t.Title.Contains("loyalty"));
        Assert.Equal(("U-TOM", "CON-H1", TicketPriority.High), (created.AssigneeId, created.ContactId, created.Priority));
        Assert.DoesNotContain("assign", created.Description);
    }

    [Fact]
    public async Task NewTicket_HandedOverByARep_IsRefusedAndNothingIsOpened()
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);
        var before = await CountTicketsAsync(chat);

        var reply = await chat.SendAsync("U-REP", "open a ticket for Harbor Freightways: loyalty points not posting since Tuesday. assign it to Tom");

        Assert.IsType<RefusalResult>(Assert.Single(reply.Parts));
        Assert.Equal(before, await CountTicketsAsync(chat));
    }

    private static async Task<int> CountTicketsAsync(ConversationScript chat)
    {
        await using var db = chat.Store();
        return await db.Tickets.CountAsync();
    }

    [Fact]
    public async Task AssignItTo_RightAfterANewTicket_AssignsThatTicketThoughACustomerSharesTheName()
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);
        await chat.SendAsync("U-ADM", "open a ticket for Harbor Freightways: loyalty points not posting since Tuesday");

        await chat.SendAsync("U-ADM", "assign it to Tom");

        await using var db = chat.Store();
        Assert.Equal("U-TOM", (await db.Tickets.SingleAsync(t => t.Title.Contains("loyalty"))).AssigneeId);
    }

    [Fact]
    public async Task TicketIdThenHandItOver_IsAnAssignment()
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);

        await chat.SendAsync("U-TOM", "T-35 - hand it over to Tara, she's taking the perf escalations this week");

        await using var db = chat.Store();
        Assert.Equal("U-SUP", (await db.Tickets.SingleAsync(t => t.Id == "T-35")).AssigneeId);
        Assert.Equal(0, await db.Deals.CountAsync(d => d.OwnerId == "U-SUP"));
    }

    [Fact]
    public async Task ThisTicketToAColleague_AnsweredWithAnId_AssignsItAndRepliesInChinese()
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);
        await chat.SendAsync("U-LJ", "这个工单转给Tom");

        var reply = await chat.SendAsync("U-LJ", "T-34");

        Assert.Equal(ReplyLanguage.Chinese, reply.Language);
        await using var db = chat.Store();
        Assert.Equal("U-TOM", (await db.Tickets.SingleAsync(t => t.Id == "T-34")).AssigneeId);
    }

    [Theory]
    [InlineData("I'll take the Harbor ticket")]
    [InlineData("ok I'm grabbing the harbor ticket")]
    public async Task TheCustomersOnlyOpenTicket_TakenBySpeaker_IsAssignedToThem(string message)
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);

        (await chat.SendAsync("U-TOM", message)).Single<ChangeResult>();

        await using var db = chat.Store();
        var ticket = await db.Tickets.SingleAsync(t => t.Id == "T-31");
        Assert.Equal(("U-TOM", TicketStatus.New), (ticket.AssigneeId, ticket.Status));
    }

    [Fact]
    public async Task WaitingOnTheCustomersContact_IsWaitingOnTheCustomer()
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);

        (await chat.SendAsync("U-TOM", "T-31 is waiting on Dev")).Single<ChangeResult>();

        await using var db = chat.Store();
        Assert.Equal(TicketStatus.Pending, (await db.Tickets.SingleAsync(t => t.Id == "T-31")).Status);
    }

    [Fact]
    public async Task WaitingOnAColleague_IsNotWaitingOnTheCustomer()
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);

        await chat.SendAsync("U-LJ", "T-31 is waiting on Tom");

        await using var db = chat.Store();
        Assert.Equal(TicketStatus.New, (await db.Tickets.SingleAsync(t => t.Id == "T-31")).Status);
    }

    [Fact]
    public async Task NoteThenChange_TheChangeAfterTheNoteIsNoPartOfIt()
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);

        await chat.SendAsync("U-TOM", "T-31: add a comment - temp limit raised to 300 req/min until Dec 15 - and set it to waiting on customer");

        await using var db = chat.Store();
        Assert.Equal(TicketStatus.Pending, (await db.Tickets.SingleAsync(t => t.Id == "T-31")).Status);
        Assert.Equal("temp limit raised to 300 req/min until Dec 15", (await db.TicketComments.SingleAsync()).Text);
    }

    [Fact]
    public async Task NoteCueWithNothingAfterIt_NotesWhatWasToldBefore_AndTheStatusAfterApplies()
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);

        await chat.SendAsync("U-LJ", "T-33 查到原因了，短信签名没报备，已经处理好，加个备注然后改成已解决");

        await using var db = chat.Store();
        Assert.Equal(TicketStatus.Resolved, (await db.Tickets.SingleAsync(t => t.Id == "T-33")).Status);
        var note = (await db.TicketComments.SingleAsync()).Text;
        Assert.Contains("签名", note);
        Assert.DoesNotContain("已解决", note);
    }

    [Fact]
    public async Task CallAboutANumberedWarehouse_IsLoggedNow_AndThatTicketGetsItAsANote()
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);
        await chat.SendAsync("U-LJ", "云杉韩总刚来电话，说二号仓的扫码枪又不同步了");

        await chat.SendAsync("U-LJ", "在那个工单上也备注一下");

        await using var db = chat.Store();
        var call = await db.Activities.SingleAsync(a => a.AccountId == "ACC-YS" && a.UserId == "U-LJ");
        Assert.Equal(Now.UtcDateTime, call.OccurredAt);
        var note = await db.TicketComments.SingleAsync();
        Assert.Equal("T-32", note.TicketId);
        Assert.Contains("扫码枪", note.Text);
    }

    [Fact]
    public async Task CallAskingAfterATicket_IsLoggedAsTheCall_OnTheDayItCame()
    {
        await using var chat = await ConversationScript.StartAsync(Seed, ShanghaiMorning);

        await chat.SendAsync("U-LJ", "云杉沈经理来电问T-32的进度 跟她说研发在修了 预计周五出补丁");

        await using var db = chat.Store();
        var call = await db.Activities.SingleAsync(a => a.UserId == "U-LJ");
        Assert.Equal((ActivityType.Call, "CON-Y2", ShanghaiMorning.UtcDateTime), (call.Type, call.ContactId, call.OccurredAt));
        Assert.Contains("补丁", call.Summary);
        Assert.Equal(0, await db.TicketComments.CountAsync());
    }

    [Fact]
    public async Task CallThenNewTicketThenLogTheCall_OpensTheTicketAndLogsTheCall()
    {
        await using var chat = await ConversationScript.StartAsync(Seed, ShanghaiMorning);

        await chat.SendAsync("U-LJ", "百川物流韩总打电话说财务对账单导出的金额小数点错位了 帮我开个高优先级工单 顺便把这通电话记一下");

        await using var db = chat.Store();
        var ticket = await db.Tickets.SingleAsync(t => t.CreatedById == "U-LJ");
        Assert.Equal(("ACC-BC", "CON-B1", TicketPriority.High), (ticket.AccountId, ticket.ContactId, ticket.Priority));
        Assert.Contains("小数点", ticket.Title);
        var call = await db.Activities.SingleAsync(a => a.UserId == "U-LJ");
        Assert.Equal((ActivityType.Call, "CON-B1"), (call.Type, call.ContactId));
        Assert.Contains("对账单", call.Summary);
    }

    [Theory]
    [InlineData("U-TOM", "anything unassigned in the queue?")]
    [InlineData("U-TOM", "which tickets hasn't anyone picked up yet?")]
    [InlineData("U-LJ", "现在有哪些工单还没分配处理人")]
    [InlineData("U-LJ", "还没分配的工单")]
    public async Task UnassignedTickets_AreOnlyThoseNobodyPickedUp(string user, string question)
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);

        var list = (await chat.SendAsync(user, question)).Single<TicketListResult>();

        Assert.Equal(["T-31", "T-33"], list.Tickets.Select(t => t.Ticket.Id).Order());
    }

    [Theory]
    [InlineData("现在有哪些工单还没分配处理人", "百川物流那个分给我，状态改成处理中")]
    [InlineData("还没分配的工单", "百川物流那个分给我 改成处理中")]
    public async Task TheCustomersOneFromTheUnassignedList_TakenWithAStatus_ChangesBoth(string question, string change)
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);
        await chat.SendAsync("U-LJ", question);

        await chat.SendAsync("U-LJ", change);

        await using var db = chat.Store();
        var ticket = await db.Tickets.SingleAsync(t => t.Id == "T-33");
        Assert.Equal(("U-LJ", TicketStatus.Open), (ticket.AssigneeId, ticket.Status));
    }

    [Fact]
    public async Task HighOrUrgentTicketsStillOpen_ListsThosePrioritiesOnly()
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);

        var list = (await chat.SendAsync("U-TOM", "show me every high or urgent ticket that's still open")).Single<TicketListResult>();

        Assert.Equal(["T-31", "T-32", "T-33"], list.Tickets.Select(t => t.Ticket.Id).Order());
    }

    [Fact]
    public async Task MyTicketsWaitingOnTheCustomer_AreMineOnly_AndItIsTheOneShown()
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);

        var list = (await chat.SendAsync("U-LJ", "我手上等客户回复的工单有哪些")).Single<TicketListResult>();
        await chat.SendAsync("U-LJ", "给它加个备注：客户说下周一前补齐审批截图");

        Assert.Equal("T-34", Assert.Single(list.Tickets).Ticket.Id);
        await using var db = chat.Store();
        Assert.Equal("T-34", (await db.TicketComments.SingleAsync()).TicketId);
    }

    [Fact]
    public async Task CallTold_ThenTheTicketResolvedAndAReminder_InOneDictatedRun_AreAllWritten()
    {
        await using var chat = await ConversationScript.StartAsync(Seed, ShanghaiMorning);

        await chat.SendAsync("U-LJ", "跟 云杉 沈经理 通了 电话 扫码枪 的 问题 已经 修 好 了 T-32 改成 已解决 然后 提醒我 周五 回访 一下", MessageSource.Voice);

        await using var db = chat.Store();
        var call = await db.Activities.SingleAsync(a => a.UserId == "U-LJ");
        Assert.Equal((ActivityType.Call, "CON-Y2"), (call.Type, call.ContactId));
        Assert.Contains("扫码枪", call.Summary);
        Assert.Equal(TicketStatus.Resolved, (await db.Tickets.SingleAsync(t => t.Id == "T-32")).Status);
        Assert.Equal(new DateOnly(2026, 11, 20), (await db.Tasks.SingleAsync(t => t.OwnerId == "U-LJ")).DueAt);
        Assert.Equal(1, await db.ChangeSets.CountAsync());
    }

    [Fact]
    public async Task CallTold_ThenANoteOnTheTicket_InOneBreath_LogsTheCallAndTheNote()
    {
        await using var chat = await ConversationScript.StartAsync(Seed, ShanghaiMorning);

        await chat.SendAsync("U-LJ", "云杉 沈经理 电话 里 说 扫码枪 好 了 给 T-32 加 个 备注 升级 固件 之后 正常 了", MessageSource.Voice);

        await using var db = chat.Store();
        var call = await db.Activities.SingleAsync(a => a.UserId == "U-LJ");
        Assert.Equal((ActivityType.Call, "CON-Y2"), (call.Type, call.ContactId));
        Assert.Contains("扫码枪", call.Summary);
        Assert.DoesNotContain("T-32", call.Summary);
        var note = await db.TicketComments.SingleAsync();
        Assert.Equal("T-32", note.TicketId);
        Assert.Contains("固件", note.Text);
    }

    [Fact]
    public async Task NewTicket_PriorityDictatedBeforeTheProblem_AsksTheCustomerThenOpensItWhole()
    {
        await using var chat = await ConversationScript.StartAsync(Seed, ShanghaiMorning);

        (await chat.SendAsync("U-LJ", "帮我 开 个 工单 优先级 高 嗯 打印 模板 错位 了", MessageSource.Voice)).Single<ClarificationResult>();
        await chat.SendAsync("U-LJ", "百川 物流");

        await using var db = chat.Store();
        var ticket = await db.Tickets.SingleAsync(t => t.CreatedById == "U-LJ");
        Assert.Equal(("ACC-BC", TicketPriority.High), (ticket.AccountId, ticket.Priority));
        Assert.Contains("打印模板", ticket.Title);
    }

    [Fact]
    public async Task NewDeal_AskedBySupportWithoutAName_IsRefusedBeforeAskingForOne()
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);

        var refusal = (await chat.SendAsync("U-TOM", "harbor wants to upgrade their support plan, create a deal for 5k")).Single<RefusalResult>();

        Assert.True(refusal.RoleForbids);
        await using var db = chat.Store();
        Assert.Equal(0, await db.ChangeSets.CountAsync());
    }
}
