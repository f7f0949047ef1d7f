using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>
/// New and changed contacts dictated in one breath, with spaces for commas: the title after the name, a newcomer told
/// by role only, a number cut short for someone told of, a promotion said beside a new number.
/// </summary>
public sealed class DictatedContactDetailsConversationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 6, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("嗯 云杉那边 新加个联系人 周立 运维经理 手机13766668888", "ACC-YS", "周立", "运维经理")]
    [InlineData("嗯 帮我在百川物流 加个联系人 何伟 信息部主任 手机13988887777", "ACC-BC", "何伟", "信息部主任")]
    public async Task NewContactDictated_NameThenTitle_SavesOnlyTheTitleAsTitle(string message, string account, string name, string title)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", message);

        await using var db = chat.Store();
        var contact = await db.Contacts.SingleAsync(c => c.Name == name);
        Assert.Equal((account, title), (contact.AccountId, contact.Title));
    }

    [Theory]
    [InlineData("嗯 那个 百川物流 加个联系人 叫 刘芳 是他们仓储部经理 手机 13621005566", "ACC-BC", "刘芳", "仓储部经理")]
    [InlineData("云杉 韩总 那边 新 加 了 个 联系人 叫 钱立 是 信息部 经理 手机 13905718899", "ACC-YS", "钱立", "信息部经理")]
    public async Task NewContactDictated_CalledThenIsTitle_SavesTheNameAndTheTitle(string message, string account, string name, string title)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", message);

        await using var db = chat.Store();
        var contact = await db.Contacts.SingleAsync(c => c.Name == name);
        Assert.Equal((account, title), (contact.AccountId, contact.Title));
    }

    [Fact]
    public async Task NewContactToldAsAdded_ThenAReminderAboutThem_AddsTheContactAndTheReminder()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "云杉 韩总 那边 新 加 了 个 联系人 叫 钱立 是 信息部 经理 手机 139 0571 8899 然后 提醒 我 下周一 约 他 聊 需求");

        await using var db = chat.Store();
        var contact = await db.Contacts.SingleAsync(c => c.Name == "钱立");
        Assert.Equal(("ACC-YS", "信息部经理", "13905718899"), (contact.AccountId, contact.Title, contact.Phone?.Replace(" ", "", StringComparison.Ordinal)));
        var task = await db.Tasks.SingleAsync(t => t.OwnerId == "U-ZH");
        Assert.Equal(("ACC-YS", new DateOnly(2026, 11, 23)), (task.AccountId, task.DueAt));
        Assert.Contains("需求", task.Title);
        Assert.DoesNotContain("联系人", task.Title);
    }

    [Fact]
    public async Task TitleChangedInTheNextMessage_ChangesTheContactJustAdded()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "嗯 帮我在百川物流 加个联系人 何伟 信息部主任 手机13988887777");
        await chat.SendAsync("U-ZH", "职位改成 信息中心主任");

        await using var db = chat.Store();
        Assert.Equal("信息中心主任", (await db.Contacts.SingleAsync(c => c.Name == "何伟")).Title);
    }

    [Fact]
    public async Task NewcomerToldByRoleOnly_AsksForTheName_AndAddsNoOne()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await using var before = chat.Store();
        var contacts = await before.Contacts.CountAsync();

        (await chat.SendAsync("U-ZH", "百川物流那边 嗯 新来了个销售总监 帮我加一下 手机13511112222")).Single<ClarificationResult>();

        await using var db = chat.Store();
        Assert.Equal(contacts, await db.Contacts.CountAsync());
    }

    [Fact]
    public async Task PersonToldOfWithANumberCutShort_IsRefused_AndTheVisitBesideItIsNotLogged()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var reply = await chat.SendAsync("U-ZH", "嗯 今天 拜访了云杉 韩总 引荐了 他们 采购 吴倩 手机 1398765 嗯 加一下");

        Assert.Equal(RefusalReason.InvalidValue, reply.Single<RefusalResult>().Reason);
        await using var db = chat.Store();
        Assert.False(await db.Activities.AnyAsync());
        Assert.False(await db.Contacts.AnyAsync(c => c.Name == "吴倩"));
    }

    [Fact]
    public async Task PromotionAndNewNumber_DictatedTogether_ChangeTitleAndPhone()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "云杉 沈悦 升职了 现在是 CTO 手机 也换了 13857100099");

        await using var db = chat.Store();
        var contact = await db.Contacts.SingleAsync(c => c.Id == "CON-Y2");
        Assert.Equal(("CTO", "13857100099"), (contact.Title, contact.Phone));
    }
}
