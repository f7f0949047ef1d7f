using Crm.Skills.Permissions;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>
/// Chinese said the way people say it: a to-do to check something by a day, a bare "改成…" correcting the last write,
/// a ticket's 状态 asked after, the team's 加权金额, a phone that 换了, a promotion told in two parts, a bad e-mail
/// refused with the reason, and a discount said as 八折.
/// </summary>
public sealed class EverydayChinesePhrasingConversationTests
{
    // Wednesday 18 Nov 2026, 23:00 in Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task CheckSomethingByADay_IsATask()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "下周三之前把百川物流的报价单再核一遍");

        await using var db = chat.Store();
        var task = await db.Tasks.SingleAsync(t => t.OwnerId == "U-ZH");
        Assert.Equal(("ACC-BC", new DateOnly(2026, 11, 25)), (task.AccountId, task.DueAt));
        Assert.Contains("报价单", task.Title);
    }

    [Fact]
    public async Task BareChangeTo_AfterAReminder_MovesItsDueDate()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "提醒我下周一给韩梅发接口文档");
        await chat.SendAsync("U-ZH", "改成下周二吧");

        await using var db = chat.Store();
        var task = await db.Tasks.SingleAsync(t => t.OwnerId == "U-ZH");
        Assert.Equal(new DateOnly(2026, 11, 24), task.DueAt);
        Assert.Contains("接口文档", task.Title);
    }

    [Theory]
    [InlineData("T-700现在什么状态", typeof(TicketListResult))]
    [InlineData("团队加权金额现在是多少", typeof(PipelineResult))]
    public async Task Question_IsAnsweredWithoutWriting(string message, Type expected)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var reply = await chat.SendAsync("U-ZH", message);

        Assert.IsType(expected, Assert.Single(reply.Parts));
        await using var db = chat.Store();
        Assert.Equal(0, await db.ChangeSets.CountAsync());
    }

    [Theory]
    [InlineData("韩梅手机换了 新号13788889999", "CON-B1", "13788889999", null)]
    [InlineData("云杉韩总升了，现在是董事长", "CON-Y1", null, "董事长")]
    public async Task ContactChange_SaidTheEverydayWay_IsSaved(string message, string contactId, string? phone, string? title)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", message);

        await using var db = chat.Store();
        var contact = await db.Contacts.SingleAsync(c => c.Id == contactId);
        if (phone is not null)
            Assert.Equal(phone, contact.Phone);
        if (title is not null)
            Assert.Equal(title, contact.Title);
    }

    [Fact]
    public async Task EmailUpdate_WithNoValidAddress_IsRefusedWithTheReason_AndWritesNothing()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var reply = await chat.SendAsync("U-ZH", "韩梅邮箱更新一下 hanmei.baichuan.example");

        Assert.Equal(RefusalReason.InvalidValue, reply.Single<RefusalResult>().Reason);
        await using var db = chat.Store();
        Assert.Equal(0, await db.ChangeSets.CountAsync());
    }

    [Theory]
    [InlineData("U-ZH", "云杉数据中台客户坚持要打八折，金额按八折改一下", "D-Y1", 240000)]
    [InlineData("U-ZH", "百川物流仓储管理金额按八五折算", "D-B1", 170000)]
    [InlineData("U-REP", "take 10% off the amount on the Pinecrest POS upgrade", "D-P1", 45000)]
    public async Task Discount_SaidAsAChangeOfTheAmount_SetsTheAmountLessTheDiscount(string user, string message, string dealId, int amount)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync(user, message);

        await using var db = chat.Store();
        Assert.Equal(amount, (await db.Deals.SingleAsync(d => d.Id == dealId)).Amount);
    }

    [Fact]
    public async Task Discount_AskedForInPassing_ChangesNoAmount()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "called Dev at Harbor, they asked for 10% off");

        await using var db = chat.Store();
        Assert.Equal(80000m, (await db.Deals.SingleAsync(d => d.Id == "D-H1")).Amount);
    }
}
