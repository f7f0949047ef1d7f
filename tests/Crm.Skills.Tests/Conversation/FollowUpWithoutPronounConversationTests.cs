using Crm.Data.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>
/// The message after a write that changes a field and names no record ("金额改成二十二万", "优先级改成高吧",
/// "assign it to me") is about the record just written; a date alone after a next step moves the step's date.
/// </summary>
public sealed class FollowUpWithoutPronounConversationTests
{
    // Wednesday 18 Nov 2026: 07:00 in Los Angeles, 23:00 in Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task AmountSaidAfterANewDeal_IsThatDealsAmount()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "云杉信息新开个商机：数据治理，明年二季度末签");
        await chat.SendAsync("U-ZH", "金额改成二十二万");

        await using var db = chat.Store();
        var created = await db.Deals.SingleAsync(d => d.Name.Contains("数据治理"));
        Assert.Equal(220000m, created.Amount);
        Assert.Equal(0, await db.FieldChanges.CountAsync(f => f.Entity == "deals" && f.RecordId != created.Id));
    }

    [Theory]
    [InlineData("new ticket for Pinecrest, urgent: receipts print twice", "assign it to me", TicketPriority.Urgent, "U-SUP")]
    [InlineData("云杉信息沈悦反馈测试环境登不上去了，帮忙开个工单，紧急", "优先级改成高吧 没那么急", TicketPriority.High, null)]
    public async Task TicketChangeAfterANewTicket_ChangesThatTicket(string first, string then, TicketPriority priority, string? assignee)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-SUP", first);
        await chat.SendAsync("U-SUP", then);

        await using var db = chat.Store();
        var ticket = await db.Tickets.SingleAsync(t => t.Id != "T-700");
        Assert.Equal((priority, assignee), (ticket.Priority, ticket.AssigneeId));
        Assert.Equal(0, await db.FieldChanges.CountAsync(f => f.RecordId == "T-700"));
    }

    [Fact]
    public async Task DateCorrectedAfterANextStep_MovesTheStepNotTheCloseDate()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "云杉信息数据中台 下一步是下周二跟沈悦过一遍技术方案");
        await chat.SendAsync("U-ZH", "不对 改到下周三");

        await using var db = chat.Store();
        var deal = await db.Deals.SingleAsync(d => d.Id == "D-Y1");
        Assert.Equal((new DateOnly(2026, 11, 25), new DateOnly(2026, 12, 30)), (deal.NextStepDue, deal.CloseDate));
    }
}
