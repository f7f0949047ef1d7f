using Crm.Skills.Results;
using Crm.Data.Activities;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>
/// A person new at the customer told of inside a report ("Their new CFO is Maya Lopez, … - please add her",
/// "跟云杉信息中心的钱芳主任通了电话…她是新对接人，帮我加到联系人里") is added as a contact alongside the rest of the
/// message, and a reminder that names them is with them.
/// </summary>
public sealed class NewPersonToldOfConversationTests
{
    // Wednesday 18 Nov 2026: 07:00 in Los Angeles, 23:00 in Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task NewPersonToldOfInAMeetingReport_IsAdded_AndTheReminderNamingThemIsWithThem()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "Lunch with Owen at Pinecrest today. Their new CFO is Maya Lopez, maya@pinecrest.example - please add her. Remind me to send Maya an intro email on Monday.");

        await using var db = chat.Store();
        Assert.Equal(("CON-P3", ActivityType.Meeting), await db.Activities.Select(a => ValueTuple.Create(a.ContactId, a.Type)).SingleAsync());
        var maya = await db.Contacts.SingleAsync(c => c.Name == "Maya Lopez");
        Assert.Equal(("ACC-PIN", "CFO", "maya@pinecrest.example"), (maya.AccountId, maya.Title, maya.Email));
        var task = await db.Tasks.SingleAsync();
        Assert.Equal((maya.Id, new DateOnly(2026, 11, 23)), (task.ContactId, task.DueAt));
    }

    [Fact]
    public async Task CustomerHasANewRole_NamedNext_IsANewContact()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "Harbor has a new CIO, Derek Hale, derek.hale@harbor.example");

        await using var db = chat.Store();
        var derek = await db.Contacts.SingleAsync(c => c.Name == "Derek Hale");
        Assert.Equal(("ACC-HAR", "CIO"), (derek.AccountId, derek.Title));
    }

    [Fact]
    public async Task ChineseCallReport_AskingToAddThePersonToldOf_AddsThemWithDepartmentAndTitle()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "今天下午跟云杉信息技术信息中心的钱芳主任通了电话，确认了接口需求，她是新对接人，帮我加到联系人里，手机13910002000");

        await using var db = chat.Store();
        var call = await db.Activities.SingleAsync();
        Assert.Equal(("ACC-YS", ActivityType.Call), (call.AccountId, call.Type));
        Assert.DoesNotContain("联系人", call.Summary);
        var added = await db.Contacts.SingleAsync(c => c.Name == "钱芳");
        Assert.Equal(("ACC-YS", "信息中心主任", "13910002000"), (added.AccountId, added.Title, added.Phone));
    }

    [Fact]
    public async Task AddThemWithNoOneNewToldOf_AsksForTheName_AndWritesNothing()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "跟云杉韩总通了电话，帮我加到联系人里");

        await using var db = chat.Store();
        Assert.Equal(0, await db.ChangeSets.CountAsync());
    }

    [Theory]
    [InlineData("今天下午跟云杉新来的采购经理钱芳通了电话，她是新对接人，帮我加到联系人里，手机13910002000，聊了数据中台的采购流程", "采购经理")]
    [InlineData("上午去云杉拜访了韩总，教务处主任钱芳也在，她是新对接人，手机13910002000，帮我加到联系人里", "教务处主任")]
    public async Task TitleThenName_AndTheNumberToldBeforeTheRequest_MakeTheContact_AndTheTalkStaysOneActivity(string message, string title)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", message);

        await using var db = chat.Store();
        var added = await db.Contacts.SingleAsync(c => c.Name == "钱芳");
        Assert.Equal((title, "13910002000"), (added.Title, added.Phone));
        Assert.Equal(1, await db.Activities.CountAsync());
    }

    [Fact]
    public async Task NewContactSharingALastNameWithSomeoneElsewhere_AsksWhichCustomer_AndIsAddedThere()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        (await chat.SendAsync("U-REP", "add a new contact: Maya Blake, head of marketing")).Part<ClarificationResult>();
        await chat.SendAsync("U-REP", "Harbor");

        await using var db = chat.Store();
        Assert.Equal(("ACC-HAR", "head of marketing"), await db.Contacts.Where(c => c.Name == "Maya Blake").Select(c => ValueTuple.Create(c.AccountId, c.Title)).SingleAsync());
    }

    [Fact]
    public async Task NameAfterTheWordContact_IsTheName_AndSpelledAgainNextIsCorrected()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync("U-REP", "add contact Ian Wrigth at Harbor, procurement lead");

        await chat.SendAsync("U-REP", "oh it's Ian Wright, not Wrigth");

        await using var db = chat.Store();
        var added = await db.Contacts.SingleAsync(c => c.AccountId == "ACC-HAR" && c.Id != "CON-H1");
        Assert.Equal(("Ian Wright", "procurement lead"), (added.Name, added.Title));
    }

    [Fact]
    public async Task AMistypedAddress_IsRefusedWithTheReason_AndNothingIsAdded()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var refusal = (await chat.SendAsync("U-REP", "add Erin Cole to Harbor as their new IT lead, erin.cole#harbor.example")).Part<RefusalResult>();

        Assert.Contains("erin.cole#harbor.example", refusal.Detail);
        await using var db = chat.Store();
        Assert.Equal(0, await db.ChangeSets.CountAsync());
    }

    [Fact]
    public async Task AFirstNameRightAfterTheCustomersName_IsStillThatPerson()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "note on uh Harbor uh Dev mentioned they're um raising a series A in january");

        await using var db = chat.Store();
        Assert.Equal("CON-H1", (await db.Activities.SingleAsync()).ContactId);
    }

    [Theory]
    [InlineData("U-REP", "new contact for Harbor: Kyle Brandt, head of claims IT", "his number is +1 860 555 0288", "Kyle Brandt")]
    [InlineData("U-ZH", "云杉新加个联系人：钱芳，财务经理", "她手机是13910002000", "钱芳")]
    public async Task TheirNumberSaidRightAfterAContactWasAdded_IsSavedOnThatContact(string user, string added, string number, string name)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync(user, added);

        await chat.SendAsync(user, number);

        await using var db = chat.Store();
        Assert.NotNull((await db.Contacts.SingleAsync(c => c.Name == name)).Phone);
        Assert.Equal(1, await db.Contacts.CountAsync(c => c.Name == name));
    }

    [Fact]
    public async Task VisitTellingOfSomeoneNewWithTheirNumber_ThenAddThem_IsTheVisitTheContactAndTheReminderInOneChange()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "今天去百川见了韩总，顺便认识了他们仓储主管罗杰，电话13788889999，帮我加上；周五提醒我给韩总发续约报价");

        await using var db = chat.Store();
        var visit = await db.Activities.SingleAsync();
        Assert.Equal((ActivityType.Visit, "CON-B1"), (visit.Type, visit.ContactId));
        var contact = await db.Contacts.SingleAsync(c => c.Name == "罗杰");
        Assert.Equal(("ACC-BC", "13788889999"), (contact.AccountId, contact.Phone));
        Assert.Contains("仓储主管", contact.Title, StringComparison.Ordinal);
        var task = await db.Tasks.SingleAsync();
        Assert.Equal(new DateOnly(2026, 11, 20), task.DueAt);
        Assert.Equal(1, await db.ChangeSets.CountAsync());
    }

    [Fact]
    public async Task ATalkWithAnotherCustomerToldAfterAReminder_IsAnActivityOfItsOwn()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "met Owen at Pinecrest about the printers. remind me friday to send the quote. then caught up with Dev at Harbor about the route planner");

        await using var db = chat.Store();
        Assert.Equal(["ACC-HAR", "ACC-PIN"], await db.Activities.Select(a => a.AccountId).OrderBy(a => a).ToListAsync());
    }

    [Fact]
    public async Task NewRoleMetThenAddedAsAContact_TakesTheRoleAsTitleAndKeepsWhatTheyDoInTheMeeting()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "met their new CFO at harbor today, Paul Rivera, paul.rivera@harbor.example, add him as a contact. he's reviewing the route planner budget");

        await using var db = chat.Store();
        var contact = await db.Contacts.SingleAsync(c => c.Name == "Paul Rivera");
        Assert.Equal(("ACC-HAR", "CFO", "paul.rivera@harbor.example"), (contact.AccountId, contact.Title, contact.Email));
        var meeting = await db.Activities.SingleAsync(a => a.UserId == "U-REP");
        Assert.Equal(ActivityType.Meeting, meeting.Type);
        Assert.Contains("reviewing the route planner budget", meeting.Summary);
    }
}
