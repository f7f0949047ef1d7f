using Crm.Data.Activities;
using Crm.Data.Deals;
using Crm.Data.Tickets;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>
/// Messages that tell several things at once, the way reps and support agents type them: a deadline beside a call
/// (no day the call happened on), an event pushed rather than the deal, a ticket named first and changed later
/// ("set it to …", "add that as a note"), a priority said on its own, a new deal's parts listed after its name.
/// </summary>
public sealed class EverydayCompoundPhrasingConversationTests
{
    // Wednesday 18 Nov 2026: 07:00 in Los Angeles, 10:00 in New York.
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("called Owen at Pinecrest, they'd like a proposal from us by the 4th")]
    [InlineData("note on Harbor: Dev's out of office until Dec 7, don't bother him before then")]
    [InlineData("so um just wrapped up with Owen at Pinecrest uh he said the label printer fix is holding")]
    public async Task Activity_WithADeadlineOrAnEndDateInIt_HappenedToday(string message)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", message);

        await using var db = chat.Store();
        var activity = await db.Activities.SingleAsync(a => a.UserId == "U-REP");
        Assert.Equal(Now.UtcDateTime, activity.OccurredAt);
    }

    [Fact]
    public async Task Lunch_WhereTheDemoIsPushed_LogsTheMeetingWithWhatWasSaid_AndMovesNoDeal()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "lunch w/ Dev from Harbor today, he wants to push the demo to early Dec bc their ops lead is out");

        await using var db = chat.Store();
        var meeting = await db.Activities.SingleAsync(a => a.UserId == "U-REP");
        Assert.Equal(ActivityType.Meeting, meeting.Type);
        Assert.Contains("demo", meeting.Summary);
        Assert.Equal(0, await db.FieldChanges.CountAsync(f => f.Entity == "deals"));
    }

    [Fact]
    public async Task PriceAgreedAtTheCustomers_ThenWon_LogsTheVisit_AndWinsAtTheAmount_KeepingTheCloseDate()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "今天上午在百川物流跟韩总把价格谈下来了 十九万成交 单子改赢单 提醒我明天把合同寄过去");

        await using var db = chat.Store();
        var visit = await db.Activities.SingleAsync(a => a.UserId == "U-ZH");
        Assert.Equal(("ACC-BC", "CON-B1", "D-B1"), (visit.AccountId, visit.ContactId, visit.DealId));
        var deal = await db.Deals.SingleAsync(d => d.Id == "D-B1");
        Assert.Equal((DealStage.Won, 190000m, new DateOnly(2026, 12, 12)), (deal.Stage, deal.Amount, deal.CloseDate));
        Assert.Equal(new DateOnly(2026, 11, 19), (await db.Tasks.SingleAsync(t => t.OwnerId == "U-ZH")).DueAt);
    }

    [Fact]
    public async Task TicketNamedFirst_ThenACall_ThenSetIt_ChangesThatTicket_LogsTheCall_AndMakesTheReminder()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-SUP", "T-700 - called Owen, the driver update is out. set it to waiting on customer and remind me to check back with him Monday");

        await using var db = chat.Store();
        Assert.Equal(TicketStatus.Pending, (await db.Tickets.SingleAsync(t => t.Id == "T-700")).Status);
        var call = await db.Activities.SingleAsync(a => a.UserId == "U-SUP");
        Assert.Equal((ActivityType.Call, "ACC-PIN", "CON-P3"), (call.Type, call.AccountId, call.ContactId));
        Assert.Equal(new DateOnly(2026, 11, 23), (await db.Tasks.SingleAsync(t => t.OwnerId == "U-SUP")).DueAt);
    }

    [Theory]
    [InlineData("add to T-700: Owen says the printer drops jobs only on Mondays", "only on Mondays")]
    [InlineData("also the label printer on T-700 is still dropping jobs, add that as a note on the ticket", "still dropping jobs")]
    public async Task NoteOnATicket_SaidWithoutTheWordNoteBeforeIt_IsAddedAsAComment(string message, string words)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-SUP", message);

        await using var db = chat.Store();
        var ticket = await db.Tickets.Include(t => t.Comments).SingleAsync(t => t.Id == "T-700");
        Assert.Contains(words, Assert.Single(ticket.Comments).Text);
        Assert.Equal(TicketStatus.Open, ticket.Status);
    }

    [Fact]
    public async Task NewTicket_WithThePrioritySaidOnItsOwn_IsTitledByTheProblem()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-SUP", "new ticket for Harbor, urgent - Dev says the route exports are coming up blank since this morning");

        await using var db = chat.Store();
        var ticket = await db.Tickets.SingleAsync(t => t.AccountId == "ACC-HAR");
        Assert.Equal(TicketPriority.Urgent, ticket.Priority);
        Assert.Contains("route exports", ticket.Title);
    }

    [Fact]
    public async Task TicketDescription_AnsweredAtLengthWithAPriority_OpensTheTicket()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        (await chat.SendAsync("U-SUP", "open a ticket for Harbor")).Single<ClarificationResult>();
        await chat.SendAsync("U-SUP", "route planner exports fail for every driver after the update this morning. high priority");

        await using var db = chat.Store();
        var ticket = await db.Tickets.SingleAsync(t => t.AccountId == "ACC-HAR");
        Assert.Equal(TicketPriority.High, ticket.Priority);
        Assert.StartsWith("route planner exports fail", ticket.Title);
    }

    /// <summary>"Dev" is two people, one at the ticket's account: a rep asking for support's change is refused, not asked which Dev.</summary>
    [Fact]
    public async Task RepChangingTicketPriority_WithAPersonNamedAtTheTicketsAccount_IsRefused()
    {
        await using var chat = await ConversationScript.StartAsync(s =>
        {
            ConversationSeed.Build(s);
            s.Contact("CON-Q2", "ACC-QNT", "Dev Patel").Ticket("T-701", "ACC-HAR", "Driver app login fails");
        }, Now);

        var reply = await chat.SendAsync("U-REP", "set T-701 to urgent, Dev's drivers can't log in");

        Assert.Equal(RefusalReason.NotPermitted, reply.Single<RefusalResult>().Reason);
        await using var db = chat.Store();
        Assert.Equal(0, await db.ChangeSets.CountAsync());
    }

    [Fact]
    public async Task Todo_DueTheWeekdayAfterNext_IsDueThen_AndTitledWithoutTheDate()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "todo - chase Owen at Pinecrest about the printer rollout, tuesday after next");

        await using var db = chat.Store();
        var task = await db.Tasks.SingleAsync(t => t.OwnerId == "U-REP");
        Assert.Equal(new DateOnly(2026, 12, 1), task.DueAt);
        Assert.DoesNotContain("next", task.Title);
    }

    [Fact]
    public async Task NewDeal_WithItsAmountStageAndCloseListedAfterTheName_TakesEach()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "open a new deal Harbor fleet expansion, 14k, qualified, closing end of Jan");

        await using var db = chat.Store();
        var deal = await db.Deals.SingleAsync(d => d.AccountId == "ACC-HAR" && d.Name.Contains("fleet"));
        Assert.Equal(("Harbor fleet expansion", DealStage.Qualified, 14000m, new DateOnly(2027, 1, 31)), (deal.Name, deal.Stage, deal.Amount, deal.CloseDate));
    }

    [Fact]
    public async Task NextStepAfterAColon_IsTheDealsNextStep_AndTheReminderAfterItIsItsOwnTask()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "call w Dev at Harbor - next step: send the final order form by Monday. also remind me to loop Quinn in tomorrow");

        await using var db = chat.Store();
        var deal = await db.Deals.SingleAsync(d => d.Id == "D-H1");
        Assert.Contains("order form", deal.NextStep);
        Assert.Equal(new DateOnly(2026, 11, 23), deal.NextStepDue);
        var task = await db.Tasks.SingleAsync(t => t.OwnerId == "U-REP");
        Assert.Equal(new DateOnly(2026, 11, 19), task.DueAt);
        Assert.DoesNotContain("order form", task.Title);
    }

    [Fact]
    public async Task TicketNamed_ThenTakingIt_ThenSetIt_AssignsItToTheSpeakerToo()
    {
        await using var chat = await ConversationScript.StartAsync(s =>
        {
            ConversationSeed.Build(s);
            s.Ticket("T-701", "ACC-HAR", "Route export fails", TicketStatus.New);
        }, Now);

        await chat.SendAsync("U-SUP", "T-701: I'm taking this one, set it to in progress");

        await using var db = chat.Store();
        var ticket = await db.Tickets.SingleAsync(t => t.Id == "T-701");
        Assert.Equal(("U-SUP", TicketStatus.Open), (ticket.AssigneeId, ticket.Status));
    }

    /// <summary>"…的会员" holds "的会", which is no meeting.</summary>
    [Fact]
    public async Task ChineseNote_MentioningMembers_IsANote()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "记个备注：百川物流韩梅说积分算错只影响线上下单的会员");

        await using var db = chat.Store();
        Assert.Equal(ActivityType.Note, (await db.Activities.SingleAsync(a => a.UserId == "U-ZH")).Type);
    }

    [Fact]
    public async Task NewDealAskedForWithOnlyItsAmountAndDate_IsNamedForWhatTheCustomerWants()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "pinecrest call with owen, they want a self checkout kiosk. open a deal for 25k closing end of Q2");

        await using var db = chat.Store();
        var deal = await db.Deals.SingleAsync(d => d.AccountId == "ACC-PIN" && d.Id != "D-P1" && d.Id != "D-P2");
        Assert.Equal(("self checkout kiosk", 25000m, new DateOnly(2027, 6, 30), DealStage.Lead), (deal.Name, deal.Amount, deal.CloseDate, deal.Stage));
        Assert.Equal("CON-P3", (await db.Activities.SingleAsync(a => a.UserId == "U-REP")).ContactId);
    }

    [Fact]
    public async Task NewDealWithOnlyItsAmountAndDateAndNothingItIsFor_AsksForTheName()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        (await chat.SendAsync("U-REP", "open a deal at pinecrest for 25k closing end of Q2")).Single<ClarificationResult>();

        await using var db = chat.Store();
        Assert.Equal(2, await db.Deals.CountAsync(d => d.AccountId == "ACC-PIN"));
    }
}
