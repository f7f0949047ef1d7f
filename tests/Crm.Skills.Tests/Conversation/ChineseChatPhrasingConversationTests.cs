using Crm.Data.Activities;
using Crm.Data.Tickets;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>
/// Chinese as reps and support type it in chat: 记个备注, 吃完宵夜, 报个问题, 升职了, 手机也换了, 手机号改一下,
/// 优先级调到高.
/// </summary>
public sealed class ChineseChatPhrasingConversationTests
{
    // Wednesday 18 Nov 2026: 23:00 in Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("记个备注：云杉信息韩磊说明年采购预算要砍两成", ActivityType.Note)]
    [InlineData("刚跟云杉信息韩磊吃完宵夜 他说二期大概率给我们做", ActivityType.Meeting)]
    [InlineData("今天中午请云杉信息韩总吃了个饭 他们有意向重新谈运维外包", ActivityType.Meeting)]
    public async Task ActivityTold_IsLoggedAsItsKind(string message, ActivityType type)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", message);

        await using var db = chat.Store();
        var logged = await db.Activities.SingleAsync();
        Assert.Equal((type, "ACC-YS", "CON-Y1"), (logged.Type, logged.AccountId, logged.ContactId));
    }

    [Fact]
    public async Task ReportAProblemFor_OpensATicketTitledWithTheProblem()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "帮云杉报个问题：沈悦说后台导出报表的时候会卡死，高优先级");

        await using var db = chat.Store();
        var ticket = await db.Tickets.SingleAsync(t => t.Id != "T-700");
        Assert.Equal(("ACC-YS", TicketPriority.High), (ticket.AccountId, ticket.Priority));
        Assert.Contains("卡死", ticket.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("报个问题", ticket.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Promoted_ThenHisPhoneChangedToo_UpdatesTitleThenPhone()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "云杉信息沈悦升职了 现在是CTO兼副总裁");
        await chat.SendAsync("U-ZH", "她手机也换了 13912345678");

        await using var db = chat.Store();
        var contact = await db.Contacts.SingleAsync(c => c.Id == "CON-Y2");
        Assert.Equal(("CTO兼副总裁", "13912345678"), (contact.Title, contact.Phone));
    }

    [Fact]
    public async Task PhoneNumberADigitShort_IsRefusedAndNothingWritten()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var reply = await chat.SendAsync("U-ZH", "云杉沈悦的手机号改一下 1392100002");

        Assert.Equal(RefusalReason.InvalidValue, reply.Single<RefusalResult>().Reason);
        await using var db = chat.Store();
        Assert.Equal(0, await db.FieldChanges.CountAsync());
    }

    [Fact]
    public async Task PriorityMovedTo_ByItsWordAfterAVerb_IsSet()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-SUP", "T-700 优先级调到高");

        await using var db = chat.Store();
        Assert.Equal(TicketPriority.High, (await db.Tickets.SingleAsync(t => t.Id == "T-700")).Priority);
    }
}
