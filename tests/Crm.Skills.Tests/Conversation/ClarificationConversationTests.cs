using Crm.Data.Activities;
using Crm.Data.Deals;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>When a reference fits several records, the bot asks, writes nothing, and finishes the whole request from the answer.</summary>
public sealed class ClarificationConversationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    public static TheoryData<string, string, string> ContactAnswers => new()
    {
        { "log a meeting with Lena about the spring catalogue", "Lena Marsh", "CON-P1" },
        { "log a meeting with Lena about the spring catalogue", "2", "CON-P2" },
        { "log a meeting with Lena about the spring catalogue", "the Quantum one", "CON-Q1" },
        { "log a meeting with Lena about the spring catalogue", "ortiz", "CON-P2" },
        { "log a meeting with Lena about the spring catalogue", "marsh", "CON-P1" },
    };

    [Theory]
    [MemberData(nameof(ContactAnswers))]
    public async Task AmbiguousContact_AnsweredNextMessage_LogsOnTheChosenContact(string message, string answer, string expected)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var question = (await chat.SendAsync("U-REP", message)).Single<ClarificationResult>();
        await using (var before = chat.Store())
            Assert.Equal(0, await before.Activities.CountAsync());
        Assert.True(question.Choices.Count >= 3);
        await chat.SendAsync("U-REP", answer);

        await using var db = chat.Store();
        var activity = await db.Activities.SingleAsync(a => a.UserId == "U-REP");
        Assert.Equal((expected, ActivityType.Meeting), (activity.ContactId, activity.Type));
        Assert.Contains("spring catalogue", activity.Summary);
    }

    [Theory]
    [InlineData("log an email to Lena re: the spring catalogue", "Fox, at Quantum", "CON-Q1")]
    [InlineData("log an email to Lena re: the spring catalogue", "Lena Marsh", "CON-P1")]
    [InlineData("sent an email to Lena about the spring catalogue", "the Quantum one", "CON-Q1")]
    public async Task EmailToAnAmbiguousContact_AnsweredNextMessage_LogsTheEmailNotANewAddress(string message, string answer, string expected)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        (await chat.SendAsync("U-REP", message)).Single<ClarificationResult>();

        await chat.SendAsync("U-REP", answer);

        await using var db = chat.Store();
        var activity = await db.Activities.SingleAsync(a => a.UserId == "U-REP");
        Assert.Equal((expected, ActivityType.Email), (activity.ContactId, activity.Type));
        Assert.Equal(0, await db.Contacts.CountAsync(c => c.Email != null && c.Email.Contains("catalogue")));
    }

    [Fact]
    public async Task ContactQuestion_AnsweredByTheCityTheCustomersNameStartsWith_RemindsAboutThatPerson()
    {
        await using var chat = await ConversationScript.StartAsync(s =>
        {
            ConversationSeed.Build(s);
            s.City("ACC-YS", "上海").City("ACC-BC", "北京").Contact("CON-B2", "ACC-BC", "韩磊", title: "仓储经理");
        }, Now);
        (await chat.SendAsync("U-ZH", "提醒我明天给韩磊回个电话")).Part<ClarificationResult>();

        await chat.SendAsync("U-ZH", "北京那家的");

        await using var db = chat.Store();
        var task = await db.Tasks.SingleAsync();
        Assert.Equal(("CON-B2", "ACC-BC"), (task.ContactId, task.AccountId));
    }

    [Theory]
    [InlineData("U-ZH", "云杉的单子推到方案报价", "两个都推")]
    [InlineData("U-REP", "move the Pinecrest deal to proposal", "both")]
    public async Task DealQuestion_AnsweredWithBoth_ChangesEveryDealOffered(string user, string request, string answer)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        (await chat.SendAsync(user, request)).Part<ClarificationResult>();

        await chat.SendAsync(user, answer);

        await using var db = chat.Store();
        var account = user == "U-ZH" ? "ACC-YS" : "ACC-PIN";
        Assert.All(await db.Deals.Where(d => d.AccountId == account).ToListAsync(), d => Assert.Equal(DealStage.Proposal, d.Stage));
        Assert.Equal(1, await db.ChangeSets.CountAsync());
    }

    [Fact]
    public async Task DealQuestion_AnsweredThatItIsNeither_ChangesNoDeal()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        (await chat.SendAsync("U-ZH", "云杉的单子推到方案报价")).Part<ClarificationResult>();

        await chat.SendAsync("U-ZH", "两个都不是");

        await using var db = chat.Store();
        Assert.Equal(0, await db.ChangeSets.CountAsync());
    }

    [Theory]
    [InlineData("U-ZH", "云杉那两个单子关单日期都推到明年3月底", "ACC-YS")]
    [InlineData("U-REP", "push both Pinecrest deals out to March 31", "ACC-PIN")]
    public async Task RequestForBothDeals_OfACustomerWithTwo_ChangesBothWithoutAsking(string user, string request, string account)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync(user, request);

        await using var db = chat.Store();
        Assert.All(await db.Deals.Where(d => d.AccountId == account).ToListAsync(), d => Assert.Equal(new DateOnly(2027, 3, 31), d.CloseDate));
    }

    [Fact]
    public async Task AccountWithTwoOpenDeals_AnsweredByDealWords_UpdatesThatDeal()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var reply = await chat.SendAsync("U-REP", "move the Pinecrest deal to negotiation");
        Assert.Equal(2, reply.Single<ClarificationResult>().Choices.Count);
        await chat.SendAsync("U-REP", "the loyalty one");

        await using var db = chat.Store();
        Assert.Equal(DealStage.Negotiation, (await db.Deals.SingleAsync(d => d.Id == "D-P2")).Stage);
        Assert.Equal(DealStage.Proposal, (await db.Deals.SingleAsync(d => d.Id == "D-P1")).Stage);
    }

    [Fact]
    public async Task AccountWithOneOpenDealAndOneWon_IsNotAmbiguous()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "push the Harbor close date to Dec 18");

        await using var db = chat.Store();
        Assert.Equal(new DateOnly(2026, 12, 18), (await db.Deals.SingleAsync(d => d.Id == "D-H1")).CloseDate);
    }

    [Fact]
    public async Task CloseDateWithoutDeal_IsAskedThenCarriedOut()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var reply = await chat.SendAsync("U-REP", "set the close date to end of next month");
        Assert.NotEmpty(reply.Single<ClarificationResult>().Choices);
        await chat.SendAsync("U-REP", "Harbor route planner");

        await using var db = chat.Store();
        Assert.Equal(new DateOnly(2026, 12, 31), (await db.Deals.SingleAsync(d => d.Id == "D-H1")).CloseDate);
    }

    [Fact]
    public async Task TicketWithoutAccount_AnsweredWithAccountName_OpensIt()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        (await chat.SendAsync("U-SUP", "open a high priority ticket: invoices export as blank PDFs")).Single<ClarificationResult>();
        await chat.SendAsync("U-SUP", "Pinecrest");

        await using var db = chat.Store();
        var ticket = await db.Tickets.SingleAsync(t => t.Id != "T-700");
        Assert.Equal(("ACC-PIN", Crm.Data.Tickets.TicketPriority.High), (ticket.AccountId, ticket.Priority));
    }

    [Fact]
    public async Task TicketWithoutAccount_AnsweredWithAccountAndPriority_OpensItAtThatPriority()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        (await chat.SendAsync("U-SUP", "open a ticket: the route export is missing the header row")).Single<ClarificationResult>();
        await chat.SendAsync("U-SUP", "harbor, low priority");

        await using var db = chat.Store();
        var ticket = await db.Tickets.SingleAsync(t => t.Id != "T-700");
        Assert.Equal(("ACC-HAR", Crm.Data.Tickets.TicketPriority.Low), (ticket.AccountId, ticket.Priority));
        Assert.Equal("the route export is missing the header row", ticket.Title);
    }

    [Fact]
    public async Task TicketAboutAnAmbiguousPerson_AnsweredWithTheirFullName_KeepsTheWholeProblemAsTitle()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        (await chat.SendAsync("U-SUP", "open a ticket: Lena can't export reports to Excel")).Single<ClarificationResult>();
        await chat.SendAsync("U-SUP", "Lena Fox at Quantum");

        await using var db = chat.Store();
        var ticket = await db.Tickets.SingleAsync(t => t.Id != "T-700");
        Assert.Equal(("ACC-QNT", "CON-Q1"), (ticket.AccountId, ticket.ContactId));
        Assert.Contains("export reports to Excel", ticket.Title);
    }

    [Fact]
    public async Task PendingQuestion_DoesNotLeakIntoAnotherConversation()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "move the Pinecrest deal to negotiation");
        chat.ConversationId = "conv-2";
        var reply = await chat.SendAsync("U-REP", "the loyalty one");

        Assert.IsNotType<ChangeResult>(reply.Parts[0]);
        await using var db = chat.Store();
        Assert.Equal(0, await db.ChangeSets.CountAsync());
    }

    [Theory]
    [InlineData("U-REP", "the Pinecrest deal's next step is a demo next Wednesday", "not the POS one, the other one", "D-P2")]
    [InlineData("U-ZH", "云杉的单子下一步是下周三去做演示", "不是数据中台 是另一个", "D-Y2")]
    [InlineData("U-ZH", "云杉的单子下一步是下周三去做演示", "不是数据中台那个", "D-Y2")]
    [InlineData("U-REP", "the Pinecrest deal's next step is a demo next Wednesday", "not the POS one", "D-P2")]
    public async Task DealQuestion_AnsweredByRulingOneOut_WritesTheOtherOffered(string user, string request, string answer, string meant)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        (await chat.SendAsync(user, request)).Part<ClarificationResult>();

        await chat.SendAsync(user, answer);

        await using var db = chat.Store();
        var changed = await db.Deals.Where(d => d.NextStep != null && d.NextStep.Contains(user == "U-ZH" ? "演示" : "demo")).Select(d => d.Id).ToListAsync();
        Assert.Equal([meant], changed);
    }

    [Fact]
    public async Task PersonNamedAtAnotherCustomerThanTheOneNamed_AsksWhichCustomerAndWritesNothing()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var question = (await chat.SendAsync("U-REP", "log a call with dev at pinecrest about the fuel surcharge")).Single<ClarificationResult>();

        Assert.Equal(["Pinecrest Outfitters Inc", "Harbor Freightways"], question.Choices.Select(c => c.Title));
        Assert.Contains("Dev Malik", question.Question);
        await using var db = chat.Store();
        Assert.Equal(0, await db.Activities.CountAsync());
    }

    [Theory]
    [InlineData("Harbor", "ACC-HAR", "CON-H1")]
    [InlineData("Pinecrest", "ACC-PIN", null)]
    public async Task PersonNamedAtAnotherCustomer_AnsweredWithACustomer_LogsThereWithThePersonOnlyIfTheyWorkThere(string answer, string account, string? contact)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        (await chat.SendAsync("U-REP", "log a call with dev at pinecrest about the fuel surcharge")).Single<ClarificationResult>();

        await chat.SendAsync("U-REP", answer);

        await using var db = chat.Store();
        var activity = await db.Activities.SingleAsync(a => a.UserId == "U-REP");
        Assert.Equal((account, contact), (activity.AccountId, activity.ContactId));
    }

    [Fact]
    public async Task WhichDeal_AnsweredByWhenItCloses_ChangesTheOneClosingThen()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        (await chat.SendAsync("U-REP", "set the amount on the Pinecrest deal to 30k")).Part<ClarificationResult>();

        await chat.SendAsync("U-REP", "the one closing next month");

        await using var db = chat.Store();
        var amounts = await db.Deals.ToDictionaryAsync(d => d.Id, d => d.Amount);
        Assert.Equal((30000m, 20000m), (amounts["D-P1"], amounts["D-P2"]));
    }

    [Fact]
    public async Task WhichAccount_AnsweredWithACustomerNotOffered_LogsThere()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        (await chat.SendAsync("U-REP", "log a meeting with them this morning about the loyalty rollout")).Part<ClarificationResult>();

        await chat.SendAsync("U-REP", "harbor");

        await using var db = chat.Store();
        var meeting = await db.Activities.SingleAsync(a => a.UserId == "U-REP");
        Assert.Equal((ActivityType.Meeting, "ACC-HAR"), (meeting.Type, meeting.AccountId));
        Assert.Contains("loyalty rollout", meeting.Summary);
    }
}
