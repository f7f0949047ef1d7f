using Crm.Data.Deals;
using Crm.Data.Tickets;
using Crm.Skills.Results;
using Crm.Skills.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>
/// The next message after a read acts on what the read showed: "what's going on with T-700?" → "bump it to
/// urgent"; a list of tickets or deals → "the pending one", "the negotiation one", "谈判那个".
/// </summary>
public sealed class FollowUpAfterReadConversationTests
{
    // Wednesday 18 Nov 2026: 07:00 in Los Angeles, 23:00 in Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    /// <summary>The conversation fixture with a second Pinecrest ticket waiting on the customer and one Chinese ticket.</summary>
    private static void WithMoreTickets(SeedBuilder s)
    {
        ConversationSeed.Build(s);
        s.Ticket("T-701", "ACC-PIN", "Gift card balance shows zero", TicketStatus.Pending, TicketPriority.Low, "U-SUP")
            .Ticket("T-702", "ACC-YS", "报表导出乱码", TicketStatus.New);
    }

    [Fact]
    public async Task ContactAddedThere_AfterACustomerSummary_IsOnThatCustomer_ThoughTheFirstNameIsSomeoneElsesElsewhere()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync("U-REP", "tell me about Harbor");

        await chat.SendAsync("U-REP", "add a contact there: Owen Quill, claims IT lead, oquill@claimsdesk.example");

        await using var db = chat.Store();
        var contact = await db.Contacts.SingleAsync(c => c.Name == "Owen Quill");
        Assert.Equal(("ACC-HAR", "claims IT lead"), (contact.AccountId, contact.Title));
    }

    [Fact]
    public async Task BumpItToUrgent_AfterAskingAboutATicket_RaisesThatTicket()
    {
        await using var chat = await ConversationScript.StartAsync(WithMoreTickets, Now);

        await chat.SendAsync("U-SUP", "what's going on with T-700?");
        await chat.SendAsync("U-SUP", "bump it to urgent");

        await using var db = chat.Store();
        Assert.Equal(TicketPriority.Urgent, (await db.Tickets.SingleAsync(t => t.Id == "T-700")).Priority);
    }

    [Fact]
    public async Task AccountsTicketAskedAfter_ThenAssignItToMe_ShowsItsOneOpenTicketThenChangesIt()
    {
        await using var chat = await ConversationScript.StartAsync(WithMoreTickets, Now);

        var shown = await chat.SendAsync("U-SUP", "云杉信息的工单现在什么状态");
        await chat.SendAsync("U-SUP", "把它指派给我，改成处理中");

        Assert.Equal("T-702", Assert.Single(shown.Single<TicketListResult>().Tickets).Ticket.Id);
        await using var db = chat.Store();
        var ticket = await db.Tickets.SingleAsync(t => t.Id == "T-702");
        Assert.Equal(("U-SUP", TicketStatus.Open), (ticket.AssigneeId, ticket.Status));
    }

    [Fact]
    public async Task WhatsUrgentInTheQueue_ListsTheUrgentOpenTicketsOnly()
    {
        await using var chat = await ConversationScript.StartAsync(s =>
        {
            WithMoreTickets(s);
            s.Ticket("T-703", "ACC-HAR", "Route planner down for all drivers", TicketStatus.Open, TicketPriority.Urgent, "U-SUP");
        }, Now);

        var shown = await chat.SendAsync("U-SUP", "what's urgent in the queue right now?");

        Assert.Equal("T-703", Assert.Single(shown.Single<TicketListResult>().Tickets).Ticket.Id);
    }

    [Fact]
    public async Task TheCustomersOne_AfterTheTicketsWaitingOnTheCustomerWereListed_ChangesThatTicket()
    {
        await using var chat = await ConversationScript.StartAsync(s =>
        {
            WithMoreTickets(s);
            s.Ticket("T-703", "ACC-HAR", "Route planner export times out", TicketStatus.Pending, TicketPriority.Normal, "U-SUP");
        }, Now);

        var shown = await chat.SendAsync("U-SUP", "which tickets are waiting on the customer?");
        await chat.SendAsync("U-SUP", "the Harbor one can go back to in progress");

        Assert.Equal(["T-701", "T-703"], shown.Single<TicketListResult>().Tickets.Select(t => t.Ticket.Id).Order());
        await using var db = chat.Store();
        var tickets = await db.Tickets.ToDictionaryAsync(t => t.Id);
        Assert.Equal((TicketStatus.Open, TicketStatus.Pending), (tickets["T-703"].Status, tickets["T-701"].Status));
    }

    [Fact]
    public async Task NoteOnThePendingOne_AfterAListOfTickets_CommentsOnTheTicketWaitingOnTheCustomer()
    {
        await using var chat = await ConversationScript.StartAsync(WithMoreTickets, Now);

        await chat.SendAsync("U-SUP", "open tickets for Pinecrest");
        await chat.SendAsync("U-SUP", "add a note to the pending one: customer sent a screenshot of the zero balance");

        await using var db = chat.Store();
        var tickets = await db.Tickets.Include(t => t.Comments).Where(t => t.AccountId == "ACC-PIN").ToDictionaryAsync(t => t.Id);
        Assert.Contains("screenshot", Assert.Single(tickets["T-701"].Comments).Text);
        Assert.Empty(tickets["T-700"].Comments);
        Assert.Equal(TicketStatus.Pending, tickets["T-701"].Status);
        Assert.Equal(0, await db.Activities.CountAsync());
    }

    [Theory]
    [InlineData("U-REP", "my open deals", "push the negotiation one to Dec 4", "D-H1", DealStage.Negotiation, "2026-12-04")]
    [InlineData("U-ZH", "我手上在跟的单子", "把报价阶段那个推到12月28号", "D-Y1", DealStage.Proposal, "2026-12-28")]
    public async Task DealDescribedByItsStage_AfterAList_MovesThatDealsDateOnly(string user, string list, string then, string deal, DealStage stage, string close)
    {
        await using var chat = await ConversationScript.StartAsync(WithMoreTickets, Now);

        await chat.SendAsync(user, list);
        await chat.SendAsync(user, then);

        await using var db = chat.Store();
        var moved = await db.Deals.SingleAsync(d => d.Id == deal);
        Assert.Equal((DateOnly.Parse(close), stage), (moved.CloseDate, moved.Stage));
        Assert.Equal(1, await db.FieldChanges.Select(f => f.RecordId).Distinct().CountAsync());
    }

    [Theory]
    [InlineData("U-ZH", "百川物流什么情况", "关单日期推到下个月15号", "D-B1")]
    [InlineData("U-REP", "tell me about Harbor", "push the close date to Dec 15", "D-H1")]
    public async Task DealFieldChanged_AfterASummaryShowingOneOpenDeal_ChangesThatDeal(string user, string summary, string change, string deal)
    {
        await using var chat = await ConversationScript.StartAsync(WithMoreTickets, Now);
        (await chat.SendAsync(user, summary)).Part<CustomerSummaryResult>();

        await chat.SendAsync(user, change);

        await using var db = chat.Store();
        Assert.Equal(new DateOnly(2026, 12, 15), (await db.Deals.SingleAsync(d => d.Id == deal)).CloseDate);
    }

    [Fact]
    public async Task MessageNamingItsOwnAccount_AfterATicketRead_IsAboutThatAccount()
    {
        await using var chat = await ConversationScript.StartAsync(WithMoreTickets, Now);

        await chat.SendAsync("U-REP", "what's going on with T-700?");
        await chat.SendAsync("U-REP", "remind me to call Dev at Harbor about it on Friday");

        await using var db = chat.Store();
        Assert.Equal(("ACC-HAR", "CON-H1"), await db.Tasks.Select(t => ValueTuple.Create(t.AccountId, t.ContactId)).SingleAsync());
    }

    [Fact]
    public async Task ItAfterAListOfSeveralTickets_IsNotGuessed()
    {
        await using var chat = await ConversationScript.StartAsync(WithMoreTickets, Now);

        await chat.SendAsync("U-SUP", "open tickets for Pinecrest");
        await chat.SendAsync("U-SUP", "bump it to urgent");

        await using var db = chat.Store();
        Assert.Equal(0, await db.FieldChanges.CountAsync());
    }

    [Theory]
    [InlineData("云杉的沈悦邮箱是什么", "改成 shen.yue@yunshan-info.example")]
    [InlineData("what's Owen Blake's email?", "change it to owen.blake@pinecrest.example")]
    public async Task ANewEmailSaidAlone_AfterAContactsEmailWasShown_IsThatContactsEmail(string question, string change)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        var shown = (await chat.SendAsync("U-ZH", question)).Part<ContactResult>();

        var reply = await chat.SendAsync("U-ZH", change);

        await using var db = chat.Store();
        Assert.True(reply.Parts[0] is ChangeResult, reply.Explanation + " " + reply.Parts[0]);
        Assert.Equal(change.Split(' ')[^1], (await db.Contacts.SingleAsync(c => c.Id == shown.Contact.Id)).Email);
    }

    [Fact]
    public async Task SheChangedNumber_AfterHerPhoneWasShown_IsHerNewPhone()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        (await chat.SendAsync("U-ZH", "云杉的沈悦电话多少")).Part<ContactResult>();

        var reply = await chat.SendAsync("U-ZH", "她换号了 新的是13905710099");
        Assert.True(reply.Parts[0] is ChangeResult, reply.Explanation + " " + reply.Parts[0]);

        await using var db = chat.Store();
        Assert.Contains("13905710099", (await db.Contacts.SingleAsync(c => c.Id == "CON-Y2")).Phone?.Replace(" ", "") ?? "");
    }
}
