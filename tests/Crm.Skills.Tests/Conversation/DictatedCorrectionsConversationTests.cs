using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>
/// Corrections of a message that wrote several records: the one record the correction is about changes ("提醒改成…", the
/// reminder's old day said, the close date named), and a word of a note said again with another number replaces it.
/// </summary>
public sealed class DictatedCorrectionsConversationTests
{
    // Wednesday 18 Nov 2026, 14:30 in Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 6, 30, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private static void WithChineseTicket(Infrastructure.SeedBuilder s)
    {
        ConversationSeed.Build(s);
        s.Ticket("T-710", "ACC-YS", "报表导出乱码", Crm.Data.Tickets.TicketStatus.New, Crm.Data.Tickets.TicketPriority.Normal, "U-SUP");
    }

    [Fact]
    public async Task ReminderNamedInTheCorrection_MovesOnlyTheReminder_NotTheVisit()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "今天去云杉拜访了沈悦 数据中台 推到谈判签约 提醒我下周四之前发调研问卷");
        await chat.SendAsync("U-ZH", "不对 提醒改成下周三");

        await using var db = chat.Store();
        Assert.Equal(new DateOnly(2026, 11, 25), (await db.Tasks.SingleAsync()).DueAt);
        var visit = await db.Activities.SingleAsync();
        Assert.Equal(new DateOnly(2026, 11, 18), DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(visit.OccurredAt, Shanghai)));
    }

    [Fact]
    public async Task AnotherReminderForAnHonorific_ThenItsOldDayChanged_IsAtTheCustomerJustWritten_AndMovesOnlyTheReminder()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "嗯 今天 跟 百川物流 韩总 开会 聊了 仓储管理 二期");
        await chat.SendAsync("U-ZH", "再 加 一个 提醒 下周四 之前 给 韩总 发 合同 初稿");
        await chat.SendAsync("U-ZH", "不对 下周四 改成 下周二");

        await using var db = chat.Store();
        var task = await db.Tasks.SingleAsync();
        Assert.Equal(("ACC-BC", "CON-B1", new DateOnly(2026, 11, 24)), (task.AccountId, task.ContactId, task.DueAt));
        var meeting = await db.Activities.SingleAsync();
        Assert.Equal(new DateOnly(2026, 11, 18), DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(meeting.OccurredAt, Shanghai)));
    }

    [Theory]
    [InlineData("嗯 百川 韩总 刚 来电话 说 仓储管理 金额 要 改成 八万")]
    [InlineData("百川韩总刚来电话，仓储管理金额改成八万")]
    public async Task NotTheAmountButTheCloseDate_MovesTheCloseDate_AndLeavesTheAmountAndTheCall(string first)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", first);
        await chat.SendAsync("U-ZH", "不对 不是改金额 是预计成交日期 改到十二月十号 金额不变");

        await using var db = chat.Store();
        var deal = await db.Deals.SingleAsync(d => d.Id == "D-B1");
        Assert.Equal((200000m, (DateOnly?)new DateOnly(2026, 12, 10)), (deal.Amount, deal.CloseDate));
        var call = await db.Activities.SingleAsync();
        Assert.Equal(new DateOnly(2026, 11, 18), DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(call.OccurredAt, Shanghai)));
    }

    [Fact]
    public async Task NumberedWordSaidAgain_ReplacesItInTheNoteJustAdded()
    {
        await using var chat = await ConversationScript.StartAsync(WithChineseTicket, Now);

        await chat.SendAsync("U-ZH", "T-710 加个备注 二号机房 今天早上 三十多份报表没导出来");
        await chat.SendAsync("U-ZH", "不对 是三号机房");

        await using var db = chat.Store();
        var note = await db.TicketComments.SingleAsync(c => c.TicketId == "T-710");
        Assert.StartsWith("三号机房", note.Text);
    }
}
