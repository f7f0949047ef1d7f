using Crm.Data.Activities;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>
/// "…顺便记一下 今天跟她电话沟通的", "…然后记一下这个电话": a call told after the problem it was about, with nothing of its own
/// said, keeps what the message told of the problem as its summary.
/// </summary>
public sealed class DictatedCallSummaryConversationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 6, 30, 0, TimeSpan.Zero);

    private static void WithChineseTicket(Infrastructure.SeedBuilder s)
    {
        ConversationSeed.Build(s);
        s.Ticket("T-710", "ACC-YS", "报表导出乱码", Crm.Data.Tickets.TicketStatus.Resolved, Crm.Data.Tickets.TicketPriority.Normal, "U-SUP");
    }

    [Fact]
    public async Task CallToldAfterANewTicket_IsSummarisedByTheProblemReported()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "那个 帮我给云杉报个工单 嗯 沈经理说 审批流 那个 节点配置保存不了 挺急的 紧急 嗯 顺便记一下 今天跟她电话沟通的");

        await using var db = chat.Store();
        var call = await db.Activities.SingleAsync();
        Assert.Equal((ActivityType.Call, "CON-Y2"), (call.Type, call.ContactId));
        Assert.Contains("节点配置保存不了", call.Summary);
    }

    [Fact]
    public async Task CallToldAfterATicketReopened_IsSummarisedByWhatTheCustomerSaid()
    {
        await using var chat = await ConversationScript.StartAsync(WithChineseTicket, Now);

        await chat.SendAsync("U-SUP", "嗯 刚才 云杉 沈经理 打过来 说 报表 又 导出 不了 了 之前 那个 T-710 嗯 重新 打开 改成 处理中 然后 记一下 这个电话");

        await using var db = chat.Store();
        var call = await db.Activities.SingleAsync();
        Assert.Equal(ActivityType.Call, call.Type);
        Assert.Contains("导出不了", call.Summary);
        Assert.DoesNotContain("T-710", call.Summary);
    }
}
