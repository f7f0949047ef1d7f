using Crm.Data.Tickets;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>
/// Corrections of fields beyond type, date and amount: the contact, duration, account, ticket status,
/// priority and assignee, deal owner and next step, task title. Each edits what the previous message
/// wrote and never adds a record.
/// </summary>
public sealed class CorrectionConversationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("U-REP", "log a call with Lena Marsh at Pinecrest about the spring order", "actually it was with Owen", "CON-P3")]
    [InlineData("U-REP", "had a quick call with Owen Blake at Pinecrest on store rollout", "sorry, I meant Lena Ortiz", "CON-P2")]
    [InlineData("U-ZH", "今天给云杉的韩磊打了电话，聊了续约", "不对，是跟沈悦打的", "CON-Y2")]
    [InlineData("U-REP", "log a call with Lena Marsh at Pinecrest about the spring order", "wait, it was Owen, not Lena", "CON-P3")]
    [InlineData("U-ZH", "今天给云杉的韩磊打了电话，聊了续约", "说错了，是沈悦不是韩磊", "CON-Y2")]
    public async Task Correction_OfTheContact_MovesTheSameActivityToThatPerson(string user, string first, string correction, string contactId)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync(user, first);
        await chat.SendAsync(user, correction);

        await using var db = chat.Store();
        Assert.Equal(contactId, (await db.Activities.SingleAsync()).ContactId);
    }

    [Theory]
    [InlineData("U-REP", "met Dev at Harbor to review the route pilot", "actually it was 45 minutes", 45)]
    [InlineData("U-REP", "called Owen at Pinecrest about the register swap", "sorry, it lasted an hour and a half", 90)]
    [InlineData("U-ZH", "今天拜访了百川物流的韩梅", "说错了，一个半小时", 90)]
    public async Task Correction_OfTheDuration_SetsItOnTheSameActivity(string user, string first, string correction, int minutes)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync(user, first);
        await chat.SendAsync(user, correction);

        await using var db = chat.Store();
        Assert.Equal(minutes, (await db.Activities.SingleAsync()).DurationMinutes);
    }

    [Theory]
    [InlineData("U-REP", "log a call with Dev about winter routes", "sorry, that was for Quantum Dynamics", "ACC-QNT", "D-Q1")]
    [InlineData("U-ZH", "今天拜访了云杉的韩磊", "不对，是百川物流的", "ACC-BC", "D-B1")]
    public async Task Correction_OfTheAccount_MovesTheActivityAndDropsTheOldContact(string user, string first, string correction, string accountId, string dealId)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync(user, first);
        await chat.SendAsync(user, correction);

        await using var db = chat.Store();
        var activity = await db.Activities.SingleAsync();
        Assert.Equal((accountId, null, dealId), (activity.AccountId, activity.ContactId, activity.DealId));
        Assert.Equal(2, await db.ChangeSets.CountAsync());
    }

    [Fact]
    public async Task Undo_AfterAnAccountCorrection_PutsTheActivityBackWhereItWas()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "met Dev at Harbor about the depot rollout");
        await chat.SendAsync("U-REP", "sorry, that was for Quantum Dynamics");
        await chat.SendAsync("U-REP", "undo");

        await using var db = chat.Store();
        var activity = await db.Activities.SingleAsync();
        Assert.Equal(("ACC-HAR", "CON-H1"), (activity.AccountId, activity.ContactId));
    }

    [Fact]
    public async Task Correction_OfATaskAccount_MovesTheTask()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "remind me to send the pilot report to Harbor on Friday");
        await chat.SendAsync("U-REP", "oops, that was for Pinecrest");

        await using var db = chat.Store();
        var task = await db.Tasks.SingleAsync();
        Assert.Equal(("ACC-PIN", new DateOnly(2026, 11, 20)), (task.AccountId, task.DueAt));
    }

    [Theory]
    [InlineData("no, make it Monday")]
    [InlineData("actually make it Monday")]
    public async Task Correction_OfATaskDay_MovesTheDayAndKeepsTheTitle(string correction)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "remind me Friday to send Owen the pilot SOW");
        await chat.SendAsync("U-REP", correction);

        await using var db = chat.Store();
        var task = await db.Tasks.SingleAsync();
        Assert.Equal(("Send Owen the pilot SOW", new DateOnly(2026, 11, 23)), (task.Title, task.DueAt));
    }

    [Theory]
    [InlineData("U-REP", "remind me to send Lena Marsh at Pinecrest the SOW next fri", "sorry, make it monday the 30th")]
    [InlineData("U-ZH", "提醒我下周五给云杉韩磊发合同", "不对，改成周一 30号")]
    public async Task Correction_OfATaskDay_ToAWeekdayWithItsDayOfTheMonth_IsThatDate(string user, string first, string correction)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync(user, first);
        await chat.SendAsync(user, correction);

        await using var db = chat.Store();
        Assert.Equal(new DateOnly(2026, 11, 30), (await db.Tasks.SingleAsync()).DueAt);
    }

    [Fact]
    public async Task Reminder_OnAWeekdayTheDateDoesNotFallOn_AsksWhichDay()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var reply = await chat.SendAsync("U-REP", "remind me to send Owen the SOW monday the 29th");

        Assert.Contains("Monday 29 November", reply.Single<ClarificationResult>().Question, StringComparison.Ordinal);
        await using var db = chat.Store();
        Assert.Empty(db.Tasks);
    }

    [Theory]
    [InlineData("U-REP", "remind me to send Owen the sizing sheet tomorrow", "sorry, make it send Owen the revised quote", "send Owen the revised quote")]
    [InlineData("U-ZH", "提醒我明天给沈悦发合同", "不对，是提醒我给沈悦发报价单", "给沈悦发报价单")]
    public async Task Correction_OfATaskTitle_RenamesTheTaskAndKeepsItsDueDate(string user, string first, string correction, string title)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync(user, first);
        var due = (await chat.Store().Tasks.SingleAsync()).DueAt;
        await chat.SendAsync(user, correction);

        await using var db = chat.Store();
        var task = await db.Tasks.SingleAsync();
        Assert.Equal((title, due), (task.Title, task.DueAt));
    }

    [Theory]
    [InlineData("T-700 is fixed", "sorry, I meant closed", TicketStatus.Closed)]
    [InlineData("T-700 已解决", "不对，是等客户回复", TicketStatus.Pending)]
    public async Task Correction_OfATicketStatus_SetsTheCorrectedStatus(string first, string correction, TicketStatus expected)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-SUP", first);
        await chat.SendAsync("U-SUP", correction);

        await using var db = chat.Store();
        Assert.Equal(expected, (await db.Tickets.SingleAsync(t => t.Id == "T-700")).Status);
    }

    [Theory]
    [InlineData("T-700 关掉吧", "弄错了 是T-701")]
    [InlineData("close T-700", "no, I meant T-701")]
    public async Task Correction_NamingAnotherTicket_PutsTheMistakenOneBackAndChangesTheOneMeant(string first, string correction)
    {
        await using var chat = await ConversationScript.StartAsync(s =>
        {
            ConversationSeed.Build(s);
            s.Ticket("T-701", "ACC-HAR", "Route planner export times out", TicketStatus.Open, TicketPriority.Normal, "U-SUP");
        }, Now);

        await chat.SendAsync("U-SUP", first);
        await chat.SendAsync("U-SUP", correction);

        await using var db = chat.Store();
        var tickets = await db.Tickets.ToDictionaryAsync(t => t.Id);
        Assert.Equal((TicketStatus.Open, TicketStatus.Closed), (tickets["T-700"].Status, tickets["T-701"].Status));
    }

    [Theory]
    [InlineData("set T-700 to high priority", "actually make it urgent", "T-700", 1)]
    [InlineData("open a ticket for Harbor: tablets freeze during the nightly sync", "sorry, it's urgent", null, 2)]
    public async Task Correction_OfATicketPriority_SetsItWithoutANewTicket(string first, string correction, string? ticketId, int tickets)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-SUP", first);
        await chat.SendAsync("U-SUP", correction);

        await using var db = chat.Store();
        var ticket = await db.Tickets.SingleAsync(t => ticketId == null ? t.Id != "T-700" : t.Id == ticketId);
        Assert.Equal(TicketPriority.Urgent, ticket.Priority);
        Assert.Equal(tickets, await db.Tickets.CountAsync());
    }

    [Theory]
    [InlineData("给云杉开个工单 沈经理说接口调用经常超时 优先级高", "不对 是百川物流 韩总报的", "ACC-BC", "CON-B1")]
    [InlineData("open a ticket for Pinecrest: Owen says the label export crashes", "sorry, it was Harbor, Dev reported it", "ACC-HAR", "CON-H1")]
    [InlineData("open a ticket for Pinecrest: Owen says the label export crashes", "actually Lena Marsh reported it", "ACC-PIN", "CON-P1")]
    public async Task Correction_OfANewTicketsReporter_SetsThePersonNamedAtTheCustomerMeant(string first, string correction, string account, string contact)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-SUP", first);
        await chat.SendAsync("U-SUP", correction);

        await using var db = chat.Store();
        var ticket = await db.Tickets.SingleAsync(t => t.Id != "T-700");
        Assert.Equal((account, contact), (ticket.AccountId, ticket.ContactId));
    }

    [Fact]
    public async Task Correction_OfATicketAssignee_ReassignsIt()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-SUP", "assign T-700 to Morgan");
        await chat.SendAsync("U-SUP", "sorry, I meant Tara");

        await using var db = chat.Store();
        Assert.Equal("U-SUP", (await db.Tickets.SingleAsync(t => t.Id == "T-700")).AssigneeId);
    }

    [Fact]
    public async Task Correction_OfADealOwner_GivesTheDealToTheOtherRep()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-MGR", "Harbor route planner amount is 85k, assign it to Quinn");
        await chat.SendAsync("U-MGR", "no wait, I meant Riley");

        await using var db = chat.Store();
        var deal = await db.Deals.SingleAsync(d => d.Id == "D-H1");
        Assert.Equal(("U-REP", 85000m), (deal.OwnerId, deal.Amount));
        Assert.Equal(2, await db.ChangeSets.CountAsync());
    }

    [Fact]
    public async Task Correction_OfANextStep_ReplacesTheStepAndKeepsItsDate()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "next step on the Harbor route planner is a pricing call Friday");
        await chat.SendAsync("U-REP", "actually the next step is an onsite demo");

        await using var db = chat.Store();
        var deal = await db.Deals.SingleAsync(d => d.Id == "D-H1");
        Assert.Contains("onsite demo", deal.NextStep);
        Assert.Equal(new DateOnly(2026, 11, 20), deal.NextStepDue);
    }

    [Theory]
    [InlineData("U-REP", "pinecrest loyalty app to negotiation", "no sorry, the other one")]
    [InlineData("U-REP", "pinecrest loyalty app to negotiation", "no, I meant the other one")]
    public async Task DealChange_CorrectedToTheOtherOne_MovesTheChangeToTheCustomersOtherOpenDeal(string user, string change, string correction)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync(user, change);

        await chat.SendAsync(user, correction);

        await using var db = chat.Store();
        var stages = await db.Deals.Where(d => d.AccountId == "ACC-PIN").ToDictionaryAsync(d => d.Id, d => d.Stage);
        Assert.Equal((Crm.Data.Deals.DealStage.Negotiation, Crm.Data.Deals.DealStage.Qualified), (stages["D-P1"], stages["D-P2"]));
    }

    [Fact]
    public async Task CallItSomething_RightAfterADealWasCreated_RenamesThatDeal()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync("U-REP", "new deal at Harbor: dock sensors, 25k, closing end of march");
        await chat.SendAsync("U-REP", "make it 28k instead");

        await chat.SendAsync("U-REP", "and call it yard sensors");

        await using var db = chat.Store();
        var created = await db.Deals.SingleAsync(d => d.AccountId == "ACC-HAR" && d.Id != "D-H1" && d.Id != "D-H2");
        Assert.Equal(("yard sensors", 28000m), (created.Name, created.Amount));
        Assert.Equal(0, await db.Activities.CountAsync());
    }

    [Fact]
    public async Task IMeantAnotherCustomer_PutTheFirstBack_MovesTheChangeToThatCustomersDeal()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync("U-ADM", "set the close date on the Harbor deal to dec 11");

        await chat.SendAsync("U-ADM", "no sorry, I meant Quantum. put Harbor back");

        await using var db = chat.Store();
        Assert.Equal(new DateOnly(2026, 12, 1), (await db.Deals.SingleAsync(d => d.Id == "D-H1")).CloseDate);
        Assert.Equal(new DateOnly(2026, 12, 11), (await db.Deals.SingleAsync(d => d.Id == "D-Q1")).CloseDate);
    }
}
