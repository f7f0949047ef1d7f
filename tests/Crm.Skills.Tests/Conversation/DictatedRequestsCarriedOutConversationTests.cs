using Crm.Data.Activities;
using Crm.Data.Deals;
using Crm.Data.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>
/// Dictated requests that say everything needed, carried out without a question: a new deal's name run into its amount, a
/// reminder asked for as "记个提醒", a ticket told problem first, a customer taken back with the verb said again, and a
/// lost reason kept through the question of which deal.
/// </summary>
public sealed class DictatedRequestsCarriedOutConversationTests
{
    // Wednesday 18 Nov 2026, 14:30 in Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 6, 30, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Fact]
    public async Task VisitNewDealAndReminder_DictatedWithTheNameBeforeItsAmount_AreAllWritten()
    {
        // Monday 23 Nov 2026, 09:30 in Shanghai.
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, new DateTimeOffset(2026, 11, 23, 1, 30, 0, TimeSpan.Zero));

        await chat.SendAsync("U-ZH", "呃 上周五 去百川物流 见了韩总 她们 想 续约 仓储系统 嗯 帮我建个新商机 百川物流仓储续约 金额 四万五 然后 下周一 提醒我 发续约报价");

        await using var db = chat.Store();
        var deal = await db.Deals.SingleAsync(d => d.Id != "D-B1" && d.AccountId == "ACC-BC");
        Assert.Equal(("百川物流仓储续约", 45000m, DealStage.Lead), (deal.Name, deal.Amount, deal.Stage));
        var visit = await db.Activities.SingleAsync();
        Assert.Equal(ActivityType.Visit, visit.Type);
        Assert.Equal(new DateOnly(2026, 11, 20), DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(visit.OccurredAt, Shanghai)));
        Assert.Equal(new DateOnly(2026, 11, 30), (await db.Tasks.SingleAsync()).DueAt);
    }

    [Fact]
    public async Task ReminderAskedForAsJotItDown_IsAReminderAtTheCustomerNamed()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "那帮我记个提醒 明天跟沈悦说一下云杉的金额要改成十八万");

        await using var db = chat.Store();
        var task = await db.Tasks.SingleAsync();
        Assert.Equal(("ACC-YS", (DateOnly?)new DateOnly(2026, 11, 19)), (task.AccountId, task.DueAt));
        Assert.Contains("十八万", task.Title);
        Assert.DoesNotContain("提醒", task.Title);
        Assert.Equal(300000m, (await db.Deals.SingleAsync(d => d.Id == "D-Y1")).Amount);
    }

    [Fact]
    public async Task TicketToldProblemFirst_InOneBreath_IsOpenedWithItsPriorityAndAssignee()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-SUP", "百川物流 韩总 反馈 设备台账 导入 报错 报个工单 优先级 低 分给我");

        await using var db = chat.Store();
        var ticket = await db.Tickets.SingleAsync(t => t.AccountId == "ACC-BC");
        Assert.Equal((TicketPriority.Low, "U-SUP", "CON-B1"), (ticket.Priority, ticket.AssigneeId, ticket.ContactId));
        Assert.Contains("导入报错", ticket.Title);
    }

    [Fact]
    public async Task CustomerTakenBackWithTheVerbSaidAgain_LogsTheVisitAndTheReminderAtTheOneMeant()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "嗯 今天 去 云杉 不对 去 百川物流 拜访了 韩总 二期 仓储 他们 想 明年 启动 提醒我 月底前 出个 初步 预算");

        await using var db = chat.Store();
        var visit = await db.Activities.SingleAsync();
        Assert.Equal((ActivityType.Visit, "ACC-BC", "CON-B1"), (visit.Type, visit.AccountId, visit.ContactId));
        var task = await db.Tasks.SingleAsync();
        Assert.Equal(("ACC-BC", (DateOnly?)new DateOnly(2026, 11, 30)), (task.AccountId, task.DueAt));
        Assert.Contains("预算", task.Title);
    }

    [Fact]
    public async Task LostToACompetitor_ThenWhichDealAnswered_KeepsTheReason()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "嗯 帮我 把 云杉 那个 单子 标成 丢单 客户 选了 竞争对手");
        await chat.SendAsync("U-ZH", "运维那个");

        await using var db = chat.Store();
        var deal = await db.Deals.SingleAsync(d => d.Id == "D-Y2");
        Assert.Equal(DealStage.Lost, deal.Stage);
        Assert.Contains("竞争对手", deal.LostReason);
    }
}
