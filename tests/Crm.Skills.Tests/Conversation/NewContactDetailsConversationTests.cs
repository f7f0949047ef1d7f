using Crm.Skills.Conversation;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>
/// A new contact's name, title, number and address as people type or dictate them ("联系人 刘芳 教务老师 手机 …",
/// "uh Peter Lee he's the claims IT lead email is peter dot lee at …"), an address that is no address refused, and a
/// detail added or corrected in the next message landing on the contact just added.
/// </summary>
public sealed class NewContactDetailsConversationTests
{
    // Wednesday 18 Nov 2026: 07:00 in Los Angeles, 23:00 in Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("U-REP", "add a contact to Harbor: Kim Lowe, yard supervisor, kim.loweharbor.example", "kim.loweharbor.example", "sorry, kim.lowe@harbor.example", "Kim Lowe")]
    [InlineData("U-ZH", "云杉新增联系人 罗静 采购主管 邮箱 luojing.yunshan.example", "luojing.yunshan.example", "少打了个@，是 luojing@yunshan.example", "罗静")]
    public async Task AnAddressWithoutItsAt_IsRefusedWithTheReason_AndCorrectedNextIsSaved(string user, string message, string address, string corrected, string name)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var refusal = (await chat.SendAsync(user, message)).Part<RefusalResult>();

        Assert.Contains(address, refusal.Detail, StringComparison.Ordinal);
        await using (var before = chat.Store())
            Assert.Equal(0, await before.ChangeSets.CountAsync());
        await chat.SendAsync(user, corrected);
        await using var db = chat.Store();
        Assert.Contains("@", (await db.Contacts.SingleAsync(c => c.Name == name)).Email, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("U-REP", "new contact at Harbor: Kim Lowe, yard supervisor, 415-555", "415-555", "oops, 415-555-0188", "Kim Lowe")]
    [InlineData("U-ZH", "云杉新增联系人 罗静 采购主管 电话 139 123", "139 123", "少打了几位，是 13912345678", "罗静")]
    public async Task ANumberCutShort_IsRefusedWithTheReason_AndCorrectedNextIsSaved(string user, string message, string number, string corrected, string name)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var refusal = (await chat.SendAsync(user, message)).Part<RefusalResult>();

        Assert.Contains(number, refusal.Detail, StringComparison.Ordinal);
        await using (var before = chat.Store())
            Assert.Equal(0, await before.ChangeSets.CountAsync());
        await chat.SendAsync(user, corrected);
        await using var db = chat.Store();
        Assert.NotNull((await db.Contacts.SingleAsync(c => c.Name == name)).Phone);
    }

    [Fact]
    public async Task NewcomerNamedAfterTheRole_WithLabelledNumberAndAddress_IsNamedWithoutTheLabels()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "云杉新来了个副总经理 叫罗刚 电话 021-62345678 邮箱 luogang@yunshan.example");

        await using var db = chat.Store();
        var contact = await db.Contacts.SingleAsync(c => c.Name == "罗刚");
        Assert.Equal(("ACC-YS", "副总经理", "luogang@yunshan.example"), (contact.AccountId, contact.Title, contact.Email));
        Assert.NotNull(contact.Phone);
    }

    [Theory]
    [InlineData("U-ZH", "百川物流加个联系人：周宁，运维主管，邮箱 zhouning@baichuan.example", "职位说错了，是运维经理", "周宁", "运维经理")]
    [InlineData("U-REP", "add a contact to Harbor: Kim Lowe, yard supervisor, kim.lowe@harbor.example", "sorry, her title is yard manager", "Kim Lowe", "yard manager")]
    public async Task NewContactsTitle_CorrectedNext_RetitlesThatContact(string user, string message, string correction, string name, string title)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync(user, message);

        await chat.SendAsync(user, correction);

        await using var db = chat.Store();
        var contact = await db.Contacts.SingleAsync(c => c.Name == name);
        Assert.Equal(title, contact.Title);
    }

    [Fact]
    public async Task NameAndTitleAfterTheWordContact_ThenTheLastDigitCorrected_CorrectsThatContactsNumber()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync("U-ZH", "百川物流加个联系人 罗芳 培训老师 手机 13720001111");

        await chat.SendAsync("U-ZH", "手机号说错了 最后一位是2");

        await using var db = chat.Store();
        var contact = await db.Contacts.SingleAsync(c => c.AccountId == "ACC-BC" && c.Id != "CON-B1");
        Assert.Equal(("罗芳", "培训老师", "13720001112"), (contact.Name, contact.Title, contact.Phone));
    }

    [Fact]
    public async Task NameAnsweredWithTheDepartmentBeforeIt_IsTheName_AndTheDepartmentJoinsTheTitle()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        (await chat.SendAsync("U-ZH", "给百川物流加个联系人")).Single<ClarificationResult>();

        await chat.SendAsync("U-ZH", "信息科的罗丽 科长 手机 13605251234");

        await using var db = chat.Store();
        var contact = await db.Contacts.SingleAsync(c => c.AccountId == "ACC-BC" && c.Id != "CON-B1");
        Assert.Equal(("罗丽", "信息科科长", "13605251234"), (contact.Name, contact.Title, contact.Phone));
    }

    [Theory]
    [InlineData("U-ZH", "百川物流加一个联系人 罗磊 IT主管 手机 15867891234", "再把他邮箱也加上 luolei@baichuan.example", "罗磊", "luolei@baichuan.example")]
    [InlineData("U-REP", "new contact for Harbor: Kyle Brandt, head of claims IT", "add his email too: kyle.brandt@harbor.example", "Kyle Brandt", "kyle.brandt@harbor.example")]
    public async Task AddressAskedToBeAddedRightAfterAContactWasAdded_IsSavedOnThatContact(string user, string added, string more, string name, string email)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync(user, added);

        await chat.SendAsync(user, more);

        await using var db = chat.Store();
        Assert.Equal(email, (await db.Contacts.SingleAsync(c => c.Name == name)).Email);
    }

    [Theory]
    [InlineData("um new contact at Harbor uh Kyle Brandt he's the uh claims IT lead email is kyle dot brandt at harbor dot example")]
    [InlineData("new contact at harbor freightways uh kyle brandt he's the claims IT lead email is kyle dot brandt at harbor dot example")]
    public async Task DictatedNewContact_WithTheAddressSpokenOut_HasNameTitleAndAddress(string message)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", message, MessageSource.Voice);

        await using var db = chat.Store();
        var contact = await db.Contacts.SingleAsync(c => c.Name == "Kyle Brandt");
        Assert.Equal(("ACC-HAR", "claims IT lead", "kyle.brandt@harbor.example"), (contact.AccountId, contact.Title, contact.Email));
    }
}
