using Crm.Skills.Results;
using Crm.Skills.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>
/// Contacts named by job title instead of name ("the CFO at Pinecrest", "their IT guy", "云杉的技术总监"):
/// the account's one contact with that title is linked; a title two contacts share, a title at another
/// account, or a title said with no account in context links no one.
/// </summary>
public sealed class ContactByTitleConversationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    private static void Seed(SeedBuilder s)
    {
        ConversationSeed.Build(s);
        s.Contact("CON-Y3", "ACC-YS", "周敏", "zhoumin@yunshan.example", title: "技术总监");
    }

    /// <summary>A second VP at Harbor and a second purchasing contact at 百川物流, so those titles are shared.</summary>
    private static void SeedWithSharedTitles(SeedBuilder s)
    {
        Seed(s);
        s.Contact("CON-H2", "ACC-HAR", "Mia Park", title: "VP Sales")
            .Contact("CON-B2", "ACC-BC", "罗兰", title: "采购经理");
    }

    [Theory]
    [InlineData("U-REP", "Caught up with the CFO at Pinecrest over lunch", "ACC-PIN", "CON-P1")]
    [InlineData("U-REP", "their IT guy at Pinecrest just called back, the scanners are fine now", "ACC-PIN", "CON-P3")]
    [InlineData("U-REP", "log a call with the it lead at Pinecrest, scanners are fine now", "ACC-PIN", "CON-P3")]
    [InlineData("U-REP", "quick call with the finance person at Pinecrest about the invoice dates", "ACC-PIN", "CON-P1")]
    [InlineData("U-REP", "spoke with the VP at Harbor about the route planner", "ACC-HAR", "CON-H1")]
    [InlineData("U-REP", "met Harbor's vice president of operations this morning", "ACC-HAR", "CON-H1")]
    [InlineData("U-EAST", "had a call with the chief technology officer at Quantum about the data lake", "ACC-QNT", "CON-Q1")]
    [InlineData("U-ZH", "their IT guy at 云杉 called about the data platform", "ACC-YS", "CON-Y2")]
    [InlineData("U-ZH", "今天拜访了云杉的总经理，聊了数据中台的上线计划", "ACC-YS", "CON-Y1")]
    [InlineData("U-ZH", "跟百川物流的采购经理通了电话，他们下周要报价", "ACC-BC", "CON-B1")]
    [InlineData("U-ZH", "刚和云杉IT那边通了电话，服务器已经恢复了", "ACC-YS", "CON-Y2")]
    public async Task Activity_WithTheContactNamedByTitle_IsLoggedOnThatContact(string user, string message, string accountId, string contactId)
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);

        await chat.SendAsync(user, message);

        await using var db = chat.Store();
        var activity = await db.Activities.SingleAsync(a => a.UserId == user);
        Assert.Equal((accountId, contactId), (activity.AccountId, activity.ContactId));
    }

    [Theory]
    [InlineData("U-REP", "remind me to send the pricing sheet to the CFO at Pinecrest on Friday", "ACC-PIN", "CON-P1")]
    [InlineData("U-REP", "remind me Friday to send Pinecrest's head of IT the scanner specs", "ACC-PIN", "CON-P3")]
    [InlineData("U-ZH", "提醒我周五把接口文档发给云杉的技术总监", "ACC-YS", "CON-Y3")]
    public async Task Task_ForTheContactNamedByTitle_IsLinkedToThatContact(string user, string message, string accountId, string contactId)
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);

        await chat.SendAsync(user, message);

        await using var db = chat.Store();
        var task = await db.Tasks.SingleAsync(t => t.OwnerId == user);
        Assert.Equal((accountId, contactId, new DateOnly(2026, 11, 20)), (task.AccountId, task.ContactId, task.DueAt));
    }

    [Theory]
    [InlineData("U-REP", "open a ticket for Pinecrest: their CFO can't download invoices", "ACC-PIN", "CON-P1")]
    [InlineData("U-SUP", "open a ticket for Harbor: their VP of Operations cannot export the route report", "ACC-HAR", "CON-H1")]
    [InlineData("U-ZH", "给云杉开一个工单：IT经理反馈报表导出乱码", "ACC-YS", "CON-Y2")]
    public async Task Ticket_ReportedByTheContactNamedByTitle_IsLinkedToThatContact(string user, string message, string accountId, string contactId)
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);

        await chat.SendAsync(user, message);

        await using var db = chat.Store();
        var ticket = await db.Tickets.SingleAsync(t => t.Id != "T-700");
        Assert.Equal((accountId, contactId), (ticket.AccountId, ticket.ContactId));
    }

    [Theory]
    [InlineData("U-REP", "spoke with the VP of Sales at Harbor about the route planner", "ACC-HAR", "CON-H2")]
    [InlineData("U-ZH", "跟百川物流的采购经理通了电话，他们下周要报价", "ACC-BC", "CON-B2")]
    public async Task Activity_WithTheWholeTitleOfOneOfTwo_IsLoggedOnThatOne(string user, string message, string accountId, string contactId)
    {
        await using var chat = await ConversationScript.StartAsync(SeedWithSharedTitles, Now);

        await chat.SendAsync(user, message);

        await using var db = chat.Store();
        var activity = await db.Activities.SingleAsync(a => a.UserId == user);
        Assert.Equal((accountId, contactId), (activity.AccountId, activity.ContactId));
    }

    [Theory]
    [InlineData("U-REP", "spoke with the VP at Harbor about the route planner", "ACC-HAR")]
    [InlineData("U-ZH", "刚和百川物流采购那边通了电话，他们下周要报价", "ACC-BC")]
    public async Task Activity_WithATitleTwoContactsShare_LinksNoContact(string user, string message, string accountId)
    {
        await using var chat = await ConversationScript.StartAsync(SeedWithSharedTitles, Now);

        (await chat.SendAsync(user, message)).Single<ChangeResult>();

        await using var db = chat.Store();
        var activity = await db.Activities.SingleAsync(a => a.UserId == user);
        Assert.Equal((accountId, null), (activity.AccountId, activity.ContactId));
    }

    [Theory]
    [InlineData("U-REP", "caught up with the CTO at Pinecrest over lunch", "ACC-PIN")]
    [InlineData("U-REP", "had a call with the lead at Pinecrest about the scanners", "ACC-PIN")]
    [InlineData("U-REP", "Pinecrest called, our CFO wants the invoices resent", "ACC-PIN")]
    [InlineData("U-REP", "met Harbor's new VP for coffee this morning", "ACC-HAR")]
    [InlineData("U-ZH", "跟云杉的采购总监通了电话，他们下周要报价", "ACC-YS")]
    [InlineData("U-ZH", "跟云杉的经理通了电话，他们下周要报价", "ACC-YS")]
    public async Task Activity_WithATitleNoContactOfTheAccountHas_LinksNoContact(string user, string message, string accountId)
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);

        await chat.SendAsync(user, message);

        await using var db = chat.Store();
        var activity = await db.Activities.SingleAsync(a => a.UserId == user);
        Assert.Equal((accountId, null), (activity.AccountId, activity.ContactId));
    }

    [Fact]
    public async Task Reminder_WithATitleButNoAccount_LinksNoContact()
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);

        await chat.SendAsync("U-REP", "remind me to email the CFO the revised pricing on Friday");

        await using var db = chat.Store();
        var task = await db.Tasks.SingleAsync(t => t.OwnerId == "U-REP");
        Assert.Equal((null, null), (task.AccountId, task.ContactId));
    }

    [Theory]
    [InlineData("met Owen and the CFO at Pinecrest to walk through the POS upgrade", "CON-P3")]
    [InlineData("caught up with Lena Ortiz at Pinecrest, the CFO signs off next week", "CON-P2")]
    public async Task Activity_WithANameAndATitle_IsLoggedOnTheContactNamedByName(string message, string contactId)
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);

        await chat.SendAsync("U-REP", message);

        await using var db = chat.Store();
        Assert.Equal(contactId, (await db.Activities.SingleAsync(a => a.UserId == "U-REP")).ContactId);
    }

    [Theory]
    [InlineData("U-ZH", "云杉那边管技术的是谁 邮箱给我", "CON-Y3")]
    [InlineData("U-REP", "whats owen's email at pinecrest", "CON-P3")]
    [InlineData("U-REP", "who's the CFO at Pinecrest?", "CON-P1")]
    public async Task ContactAskedForByTitleOrName_IsShownWithTheirDetails(string user, string question, string contactId)
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);

        var shown = (await chat.SendAsync(user, question)).Single<ContactResult>();

        Assert.Equal(contactId, shown.Contact.Id);
    }

    [Theory]
    [InlineData("tell me about Harbor", "who's the contact there", "CON-H1")]
    [InlineData("tell me about Pinecrest", "who's their IT contact?", "CON-P3")]
    public async Task ContactAskedAfterACustomerSummary_IsThatCustomersContact(string summary, string question, string contactId)
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);
        (await chat.SendAsync("U-REP", summary)).Single<CustomerSummaryResult>();

        var shown = (await chat.SendAsync("U-REP", question)).Single<ContactResult>();

        Assert.Equal(contactId, shown.Contact.Id);
    }

    [Fact]
    public async Task TitleWithTheir_RightAfterADealChange_IsAtThatDealsCustomer()
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);

        await chat.SendAsync("U-REP", "Harbor route planner -> proposal");
        await chat.SendAsync("U-REP", "also log a call with their VP, went fine");

        await using var db = chat.Store();
        var call = await db.Activities.SingleAsync(a => a.UserId == "U-REP");
        Assert.Equal(("ACC-HAR", "CON-H1"), (call.AccountId, call.ContactId));
    }
}
