using Crm.Data.Tickets;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>
/// Tickets asked for tersely and changed in the message after they were shown or refused: "ticket for X: …" with no
/// verb, a customer named by its name keeping the search at its own tickets, "set it to waiting on customer and add a
/// note: asked Owen…" after one ticket was shown, and a note added to the ticket whose change was just refused.
/// </summary>
public sealed class TicketFollowUpsConversationTests
{
    // Wednesday 18 Nov 2026: 07:00 in Los Angeles, 23:00 in Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("uh ticket for Harbor Freightways um the the route planner login is uh throwing an error on mobile, normal priority I guess")]
    [InlineData("ticket for Harbor - route planner login errors on mobile")]
    public async Task TicketForACustomer_WithNoVerb_IsANewTicketThere(string message)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-SUP", message);

        await using var db = chat.Store();
        var created = await db.Tickets.SingleAsync(t => t.Id != "T-700");
        Assert.Equal(("ACC-HAR", TicketPriority.Normal), (created.AccountId, created.Priority));
        Assert.Contains("route planner login", created.Title);
        Assert.Equal(TicketPriority.Normal, (await db.Tickets.SingleAsync(t => t.Id == "T-700")).Priority);
    }

    [Fact]
    public async Task TicketForACustomer_WithItsPriorityInFront_IsANewTicketNotAChangeToTheirTicket()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-SUP", "urgent ticket for Pinecrest: store staff can't log in since 8am, reported by Owen");

        await using var db = chat.Store();
        var created = await db.Tickets.SingleAsync(t => t.Id != "T-700");
        Assert.Equal(("ACC-PIN", TicketPriority.Urgent, TicketStatus.New, "CON-P3"), (created.AccountId, created.Priority, created.Status, created.ContactId));
        Assert.Contains("log in", created.Title);
        Assert.Equal(TicketPriority.Normal, (await db.Tickets.SingleAsync(t => t.Id == "T-700")).Priority);
    }

    [Theory]
    [InlineData("Owen at Pinecrest says the label export drops the last page. not a big deal but can you log a ticket", TicketPriority.Low, "label export drops the last page")]
    [InlineData("Owen at Pinecrest flagged that the label export drops the last page - urgent ticket please", TicketPriority.Urgent, "label export drops the last page")]
    public async Task ProblemToldFirst_ThenATicketAskedWithHowUrgentItIs_OpensItWithThatPriority(string message, TicketPriority priority, string title)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-SUP", message);

        await using var db = chat.Store();
        var created = await db.Tickets.SingleAsync(t => t.Id != "T-700");
        Assert.Equal(("ACC-PIN", priority, TicketStatus.New, "CON-P3"), (created.AccountId, created.Priority, created.Status, created.ContactId));
        Assert.Contains(title, created.Title);
        Assert.Equal(TicketPriority.Normal, (await db.Tickets.SingleAsync(t => t.Id == "T-700")).Priority);
    }

    [Fact]
    public async Task ResolvedWithTheCause_PutInTheNotes_IsResolvedWithTheCauseAsItsComment()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-SUP", "resolve T-700, root cause was a stale printer driver - put that in the notes");

        await using var db = chat.Store();
        Assert.Equal(TicketStatus.Resolved, (await db.Tickets.SingleAsync()).Status);
        Assert.Equal("root cause was a stale printer driver", (await db.TicketComments.SingleAsync()).Text);
    }

    [Fact]
    public async Task ACustomerNamedByName_IsNotLeftForAnotherCustomersTicketWithTheSameWords()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-SUP", "the Harbor Freightways ticket about the label printer, bump it to high");

        await using var db = chat.Store();
        Assert.Equal(TicketPriority.Normal, (await db.Tickets.SingleAsync(t => t.Id == "T-700")).Priority);
        Assert.Equal(0, await db.ChangeSets.CountAsync());
    }

    [Fact]
    public async Task AfterOneTicketWasShown_ItsStatusAndANoteNamingSomeoneThere_GoOnThatTicket()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        (await chat.SendAsync("U-SUP", "where are we on T-700?")).Part<TicketListResult>();

        await chat.SendAsync("U-SUP", "ok set it to waiting on customer and add a note: asked Owen for the printer logs again");

        await using var db = chat.Store();
        Assert.Equal(TicketStatus.Pending, (await db.Tickets.SingleAsync()).Status);
        Assert.Contains("printer logs", (await db.TicketComments.SingleAsync()).Text);
        Assert.Equal(0, await db.Activities.CountAsync());
    }

    [Fact]
    public async Task AfterAChangeWasRefused_ANoteOnThatTicket_IsAddedToIt()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        (await chat.SendAsync("U-REP", "T-700 改成已解决")).Part<RefusalResult>();

        await chat.SendAsync("U-REP", "那在这个工单上加个备注：客户确认打印机已恢复正常");

        await using var db = chat.Store();
        Assert.Contains("恢复正常", (await db.TicketComments.SingleAsync()).Text);
        Assert.Equal(TicketStatus.Open, (await db.Tickets.SingleAsync()).Status);
    }

    [Fact]
    public async Task AfterAPriorityChangeWasRefused_ANoteAskedWithoutAColon_IsAddedToThatTicket()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        (await chat.SendAsync("U-REP", "T-700 调成紧急")).Part<RefusalResult>();

        await chat.SendAsync("U-REP", "那帮我加个备注 店长很着急 请尽快处理");

        await using var db = chat.Store();
        Assert.Contains("着急", (await db.TicketComments.SingleAsync(c => c.TicketId == "T-700")).Text);
        Assert.Equal(TicketPriority.Normal, (await db.Tickets.SingleAsync()).Priority);
    }

    [Theory]
    [InlineData("给T-700加个备注", "打印机驱动是客户那边配置错了", "驱动是客户那边配置错了")]
    [InlineData("add a note to T-700", "the driver was misconfigured on their side", "misconfigured on their side")]
    public async Task ANoteAskedWithNothingInIt_IsAskedFor_AndTheAnswerIsTheNote(string asked, string answer, string noted)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        (await chat.SendAsync("U-SUP", asked)).Part<ClarificationResult>();

        await chat.SendAsync("U-SUP", answer);

        await using var db = chat.Store();
        Assert.Contains(noted, (await db.TicketComments.SingleAsync(c => c.TicketId == "T-700")).Text);
    }

    [Fact]
    public async Task ANoteOnAPersonsTicket_OnceWhichPersonIsAnswered_GoesOnTheirCustomersOnlyOpenTicket()
    {
        await using var chat = await ConversationScript.StartAsync(s =>
        {
            ConversationSeed.Build(s);
            s.Contact("CON-B2", "ACC-BC", "韩磊", title: "仓储经理").Ticket("T-710", "ACC-YS", "报表导出乱码", TicketStatus.Open, TicketPriority.Normal, "U-SUP");
        }, Now);
        (await chat.SendAsync("U-SUP", "给韩磊那边的工单加个备注：已经远程排查过了")).Part<ClarificationResult>();

        await chat.SendAsync("U-SUP", "云杉的");

        await using var db = chat.Store();
        Assert.Contains("远程排查", (await db.TicketComments.SingleAsync(c => c.TicketId == "T-710")).Text);
    }

    [Fact]
    public async Task ATicketResolved_AndANewOneOpenedForThem_InOneMessage_ArePutOnTheRightTickets()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-SUP", "Owen at Pinecrest called, printers work again after the driver update -> resolve T-700. and open a new one for them: label stock jams every hour, high");

        await using var db = chat.Store();
        var solved = await db.Tickets.SingleAsync(t => t.Id == "T-700");
        Assert.Equal((TicketStatus.Resolved, TicketPriority.Normal), (solved.Status, solved.Priority));
        var opened = await db.Tickets.SingleAsync(t => t.Id != "T-700");
        Assert.Equal(("ACC-PIN", TicketPriority.High, "label stock jams every hour"), (opened.AccountId, opened.Priority, opened.Description));
    }

    [Fact]
    public async Task TheCustomersTicket_WhenItHasOneOpen_IsThatTicket()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-SUP", "bump the Pinecrest ticket to urgent");

        await using var db = chat.Store();
        Assert.Equal(TicketPriority.Urgent, (await db.Tickets.SingleAsync(t => t.Id == "T-700")).Priority);
    }

    [Fact]
    public async Task TheCustomersTicket_WhenItHasTwoOpen_IsAsked()
    {
        await using var chat = await ConversationScript.StartAsync(s =>
        {
            ConversationSeed.Build(s);
            s.Ticket("T-701", "ACC-PIN", "Gift card balance shows zero", TicketStatus.Pending, TicketPriority.Low, "U-SUP");
        }, Now);

        (await chat.SendAsync("U-SUP", "bump the Pinecrest ticket to urgent")).Part<ClarificationResult>();

        await using var db = chat.Store();
        Assert.Equal(0, await db.ChangeSets.CountAsync());
    }

    [Fact]
    public async Task IllTakeATicket_AssignsItToMe_WithTheStatusSaid()
    {
        await using var chat = await ConversationScript.StartAsync(s =>
        {
            ConversationSeed.Build(s);
            s.Ticket("T-701", "ACC-PIN", "Gift card balance shows zero", TicketStatus.New, TicketPriority.Low);
        }, Now);

        await chat.SendAsync("U-SUP", "I'll take T-701, set it to in progress");

        await using var db = chat.Store();
        var ticket = await db.Tickets.SingleAsync(t => t.Id == "T-701");
        Assert.Equal(("U-SUP", TicketStatus.Open), (ticket.AssigneeId, ticket.Status));
    }

    [Fact]
    public async Task ACommentAskedWithoutTheTicket_AfterItsAssignmentWasRefused_IsAddedToIt()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        (await chat.SendAsync("U-REP", "assign T-700 to me")).Part<RefusalResult>();

        await chat.SendAsync("U-REP", "ok, add a comment then: Owen says the labels print blank");

        await using var db = chat.Store();
        Assert.Contains("labels print blank", (await db.TicketComments.SingleAsync(c => c.TicketId == "T-700")).Text);
    }

    [Fact]
    public async Task ANoteOnTheTicketListed_NamingSomeoneInItsText_IsAddedWithoutAskingWho()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync("U-REP", "show me Pinecrest's open tickets");

        await chat.SendAsync("U-REP", "add a note to it: Lena says new hires start on the 30th, needs fixing before then");

        await using var db = chat.Store();
        Assert.Contains("new hires", (await db.TicketComments.SingleAsync(c => c.TicketId == "T-700")).Text);
    }

    [Fact]
    public async Task ATicketForIt_RightAfterACallReportingAProblem_IsAboutThatProblem()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync("U-SUP", "Dev Malik from Harbor called, the route export is broken again");

        await chat.SendAsync("U-SUP", "open a ticket for it, high priority");

        await using var db = chat.Store();
        var created = await db.Tickets.SingleAsync(t => t.Id != "T-700");
        Assert.Equal(("ACC-HAR", "CON-H1", TicketPriority.High), (created.AccountId, created.ContactId, created.Priority));
        Assert.Contains("route export", created.Title);
    }

    [Fact]
    public async Task AfterOneTicketWasShown_AChineseNoteWithNoColon_GoesOnThatTicket()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        (await chat.SendAsync("U-SUP", "T-700现在什么状态")).Part<TicketListResult>();

        await chat.SendAsync("U-SUP", "加个备注 客户今晚升级打印机驱动");

        await using var db = chat.Store();
        var comment = await db.TicketComments.SingleAsync();
        Assert.Equal("T-700", comment.TicketId);
        Assert.Contains("升级打印机驱动", comment.Text);
    }
}
