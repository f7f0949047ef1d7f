using Crm.Data.Activities;
using Crm.Data.Deals;
using Crm.Data.Tickets;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>People said the way people say them: a newcomer by role, a promotion, two people met by first name, an answer that names the person.</summary>
public sealed class EverydayContactPhrasingConversationTests
{
    // Wednesday 18 Nov 2026: 07:00 in Los Angeles, 23:00 in Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task NewcomerIntroducedByRoleThenName_IsANewContactWithThatTitle()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "云杉新来了个财务总监，叫邓超，电话13687654321，邮箱 dengchao@yunshan.example，帮我加上");

        await using var db = chat.Store();
        var contact = await db.Contacts.SingleAsync(c => c.Name == "邓超");
        Assert.Equal(("ACC-YS", "财务总监", "13687654321", "dengchao@yunshan.example"), (contact.AccountId, contact.Title, contact.Phone, contact.Email));
    }

    [Theory]
    [InlineData("U-ZH", "云杉来了个新的财务经理叫邓伟，邮箱 dengwei@yunshan.example，座机 021-86001234", "ACC-YS", "邓伟", "财务经理")]
    [InlineData("U-REP", "add Harbor's new procurement lead: Dolores Park, dolores.park@harbor.example, (206) 555-0144", "ACC-HAR", "Dolores Park", "procurement lead")]
    public async Task NewContact_IntroducedByTheirRole_KeepsNameTitleAndDetails(string user, string message, string account, string name, string title)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync(user, message);

        await using var db = chat.Store();
        var contact = await db.Contacts.SingleAsync(c => c.Name == name);
        Assert.Equal((account, title), (contact.AccountId, contact.Title));
        Assert.NotNull(contact.Email);
        Assert.NotNull(contact.Phone);
    }

    [Theory]
    [InlineData("U-ZH", "云杉的沈悦升任集团副总裁了，职位帮我改一下", "CON-Y2", "集团副总裁")]
    [InlineData("U-REP", "Dev Malik at Harbor got promoted, he's SVP Operations now", "CON-H1", "SVP Operations")]
    [InlineData("U-EAST", "Lena Fox at Quantum is CIO now", "CON-Q1", "CIO")]
    public async Task Promotion_ChangesTheContactsTitle(string user, string message, string contactId, string title)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync(user, message);

        await using var db = chat.Store();
        Assert.Equal(title, (await db.Contacts.SingleAsync(c => c.Id == contactId)).Title);
    }

    [Theory]
    [InlineData("U-REP", "Owen at Pinecrest got promoted to IT director, and his new email is owen.blake@pinecrest-corp.example", "CON-P3", "IT director", "owen.blake@pinecrest-corp.example", null)]
    [InlineData("U-ZH", "云杉的韩磊升CEO了，手机也换了，新号13916881234", "CON-Y1", "CEO", null, "13916881234")]
    public async Task PromotionWithNewDetails_ChangesTitleAndTheDetail(string user, string message, string contactId, string title, string? email, string? phone)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync(user, message);

        await using var db = chat.Store();
        var contact = await db.Contacts.SingleAsync(c => c.Id == contactId);
        Assert.Equal(title, contact.Title);
        if (email is not null)
            Assert.Equal(email, contact.Email);
        if (phone is not null)
            Assert.Equal(phone, contact.Phone);
    }

    [Fact]
    public async Task ColleagueAdded_WithTheTitleSaidAfterTheName_HasThatTitle()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "visited Dev at Harbor today. add his colleague Mia Holm, IT manager, mia.holm@harbor.example");

        await using var db = chat.Store();
        var contact = await db.Contacts.SingleAsync(c => c.Name == "Mia Holm");
        Assert.Equal(("ACC-HAR", "IT manager"), (contact.AccountId, contact.Title));
        Assert.Equal(ActivityType.Visit, (await db.Activities.SingleAsync()).Type);
    }

    [Fact]
    public async Task TwoPeopleMetByFirstName_AtTheAccount_AreParticipantsAndTheRestIsWritten()
    {
        await using var chat = await ConversationScript.StartAsync(s =>
        {
            ConversationSeed.Build(s);
            s.Contact("CON-H2", "ACC-HAR", "Maya Chen", title: "Controller");
        }, Now);

        await chat.SendAsync("U-REP", "Just left Harbor - met Dev and Maya. The route planner moves to proposal at 90k. Remind me Friday to send Dev the redlines");

        await using var db = chat.Store();
        Assert.Equal("CON-H1", (await db.Activities.SingleAsync(a => a.UserId == "U-REP")).ContactId);
        var deal = await db.Deals.SingleAsync(d => d.Id == "D-H1");
        Assert.Equal((DealStage.Proposal, 90000m), (deal.Stage, deal.Amount));
        Assert.Equal(new DateOnly(2026, 11, 20), (await db.Tasks.SingleAsync(t => t.OwnerId == "U-REP")).DueAt);
    }

    [Fact]
    public async Task TwoPeopleSharingTheFirstNameSaid_AreStillAskedAbout()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        (await chat.SendAsync("U-REP", "met Lena at Pinecrest about the spring order")).Single<ClarificationResult>();

        await using var db = chat.Store();
        Assert.Equal(0, await db.Activities.CountAsync(a => a.UserId == "U-REP"));
    }

    [Fact]
    public async Task WhichAccountAnsweredWithThePersonToo_LinksThatContact()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        (await chat.SendAsync("U-SUP", "log a call - customer says the exports work again after the patch")).Single<ClarificationResult>();
        await chat.SendAsync("U-SUP", "Pinecrest, it was Owen");

        await using var db = chat.Store();
        var activity = await db.Activities.SingleAsync(a => a.UserId == "U-SUP");
        Assert.Equal(("ACC-PIN", "CON-P3"), (activity.AccountId, activity.ContactId));
    }

    [Fact]
    public async Task WhichCustomerAnsweredInChineseWithThePersonToo_LinksThatContactToTheTicket()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        (await chat.SendAsync("U-SUP", "开个工单：客户说批量导入联系人的时候报错，低优先级")).Single<ClarificationResult>();
        await chat.SendAsync("U-SUP", "百川物流的，韩总反馈的");

        await using var db = chat.Store();
        var ticket = await db.Tickets.SingleAsync(t => t.AccountId == "ACC-BC");
        Assert.Equal(("CON-B1", TicketPriority.Low), (ticket.ContactId, ticket.Priority));
    }

    /// <summary>"Pinecrest" names Pinecrest Outfitters, which has no Carlos; Pinecrest Robotics has one, so that is the account meant.</summary>
    [Fact]
    public async Task PersonFromAnAccountWhoseNameTwoAccountsShare_IsAtTheOneTheyWorkFor()
    {
        await using var chat = await ConversationScript.StartAsync(s =>
        {
            ConversationSeed.Build(s);
            s.Account("ACC-PRB", "Pinecrest Robotics", "U-REP").Contact("CON-R1", "ACC-PRB", "Carlos Diaz");
        }, Now);

        await chat.SendAsync("U-REP", "quick call with Carlos from Pinecrest, they'd like the pilot to kick off in January");

        await using var db = chat.Store();
        var call = await db.Activities.SingleAsync(a => a.UserId == "U-REP");
        Assert.Equal(("ACC-PRB", "CON-R1"), (call.AccountId, call.ContactId));
    }
}
