using Crm.Data.Activities;
using Crm.Data.Deals;
using Microsoft.EntityFrameworkCore;
using Crm.Skills.Conversation;

namespace Crm.Skills.Tests.Conversation;

/// <summary>
/// Chinese as speech recognition writes it and as people say it: clauses set apart by spaces instead of commas, a
/// visit told as "去…见了…", "一块" meaning together, a new contact given as their role and name.
/// </summary>
public sealed class DictatedChineseConversationTests
{
    // Wednesday 18 Nov 2026, 23:00 in Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Fact]
    public async Task ClausesSetApartBySpaces_AreEachCarriedOut()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "下午去云杉见了韩总 价格基本谈妥 数据中台按二十八万走 推到谈判签约 提醒我下周五前把合同发过去");

        await using var db = chat.Store();
        var visit = await db.Activities.SingleAsync(a => a.UserId == "U-ZH");
        Assert.Equal((ActivityType.Visit, "ACC-YS", "CON-Y1"), (visit.Type, visit.AccountId, visit.ContactId));
        var deal = await db.Deals.SingleAsync(d => d.Id == "D-Y1");
        Assert.Equal((DealStage.Negotiation, 280000m), (deal.Stage, deal.Amount));
        var task = await db.Tasks.SingleAsync(t => t.OwnerId == "U-ZH");
        Assert.Equal(new DateOnly(2026, 11, 27), task.DueAt);
        Assert.Contains("合同", task.Title);
    }

    [Theory]
    [InlineData("周二下午去云杉跟沈悦把数据中台方案过了一遍，他们还要内部评估一下", "CON-Y2", "2026-11-17")]
    [InlineData("周一跟同事一块去了云杉，见了韩磊，他对演示挺满意的", "CON-Y1", "2026-11-16")]
    public async Task WentToTheCustomerAndSawSomeone_IsAVisitThatDay_AndChangesNoDeal(string message, string contact, string day)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", message);

        await using var db = chat.Store();
        var visit = await db.Activities.SingleAsync(a => a.UserId == "U-ZH");
        Assert.Equal((ActivityType.Visit, "ACC-YS", contact), (visit.Type, visit.AccountId, visit.ContactId));
        Assert.Equal(DateOnly.Parse(day), DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(visit.OccurredAt, Shanghai)));
        Assert.Equal(0, await db.FieldChanges.CountAsync(f => f.Entity == "deals"));
    }

    [Fact]
    public async Task TheirRoleAndName_WithAPhone_AddsTheContact_BesideTheMeetingAndTheReminder()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "百川韩总今天来我们公司参观了 聊得不错 帮我加个他们的采购王强 电话13512349876 下周四提醒我给王强发报价");

        await using var db = chat.Store();
        var contact = await db.Contacts.SingleAsync(c => c.Name == "王强");
        Assert.Equal(("ACC-BC", "采购", "13512349876"), (contact.AccountId, contact.Title, contact.Phone));
        var meeting = await db.Activities.SingleAsync(a => a.UserId == "U-ZH");
        Assert.Equal(("ACC-BC", "CON-B1"), (meeting.AccountId, meeting.ContactId));
        Assert.Equal(new DateOnly(2026, 11, 26), (await db.Tasks.SingleAsync(t => t.OwnerId == "U-ZH")).DueAt);
    }

    [Fact]
    public async Task VisitPriceAgreedAndReminder_DictatedInOneBreath_AreAllWritten()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "刚从百川物流出来韩总同意了二十一万五然后合同下周二寄过去帮我建个提醒", MessageSource.Voice);

        await using var db = chat.Store();
        Assert.Equal((ActivityType.Visit, "ACC-BC"), ((await db.Activities.SingleAsync()).Type, (await db.Activities.SingleAsync()).AccountId));
        Assert.Equal(215000m, (await db.Deals.SingleAsync(d => d.Id == "D-B1")).Amount);
        var task = await db.Tasks.SingleAsync();
        Assert.Equal(("合同寄过去", new DateOnly(2026, 11, 24)), (task.Title, task.DueAt));
    }

    [Fact]
    public async Task NewDealDictatedWithSpacesBetweenItsParts_HasTheNameAmountAndCloseDate()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "百川物流新建个商机 冷链监控App 八万 明年一月底签");

        await using var db = chat.Store();
        var deal = await db.Deals.SingleAsync(d => d.Name == "冷链监控App");
        Assert.Equal(("ACC-BC", 80000m, new DateOnly(2027, 1, 31)), (deal.AccountId, deal.Amount, deal.CloseDate));
    }
}
