using Crm.Data.Tickets;
using Crm.Skills.Results;
using Crm.Skills.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>Tickets named by what they are about, not by id: one fit is used, several are asked about, none is said.</summary>
public sealed class TicketByDescriptionConversationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    private static void Seed(SeedBuilder s)
    {
        ConversationSeed.Build(s);
        s.Ticket("T-710", "ACC-PIN", "Single sign-on redirect loops after password reset", description: "Users bounce between the SSO portal and the login page")
            .Ticket("T-711", "ACC-PIN", "Invoice PDF shows the wrong tax rate")
            .Ticket("T-712", "ACC-HAR", "Driver app login times out on older phones", TicketStatus.New)
            .Ticket("T-713", "ACC-HAR", "Invoice export missing October", TicketStatus.Closed)
            .Ticket("T-714", "ACC-HAR", "Invoice totals rounded incorrectly")
            .Ticket("T-715", "ACC-QNT", "Invoice reminders sent twice")
            .Ticket("T-720", "ACC-YS", "登录后页面一直白屏")
            .Ticket("T-721", "ACC-YS", "发票抬头打印错误")
            .Ticket("T-722", "ACC-BC", "发票金额与合同不一致", TicketStatus.Pending);
    }

    [Theory]
    [InlineData("the SSO ticket is fixed", "T-710", TicketStatus.Resolved)]
    [InlineData("mark the single sign-on ticket at Pinecrest as waiting on customer", "T-710", TicketStatus.Pending)]
    [InlineData("the Harbor invoice ticket is waiting on the customer", "T-714", TicketStatus.Pending)]
    [InlineData("close the login problem at Harbor", "T-712", TicketStatus.Closed)]
    [InlineData("that label printer case is sorted", "T-700", TicketStatus.Resolved)]
    [InlineData("the harbor driver app login issue is solved", "T-712", TicketStatus.Resolved)]
    [InlineData("关于登录的那个工单已解决", "T-720", TicketStatus.Resolved)]
    [InlineData("百川发票的工单改成处理中", "T-722", TicketStatus.Open)]
    [InlineData("云杉那个发票的工单关掉", "T-721", TicketStatus.Closed)]
    public async Task StatusChange_OfATicketNamedByDescription_ChangesThatTicket(string message, string ticketId, TicketStatus expected)
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);

        (await chat.SendAsync("U-SUP", message)).Single<ChangeResult>();

        await using var db = chat.Store();
        Assert.Equal(expected, (await db.Tickets.SingleAsync(t => t.Id == ticketId)).Status);
        Assert.Equal(1, await db.ChangeSets.CountAsync());
    }

    [Theory]
    [InlineData("set the label printer case to high priority", "T-700", TicketPriority.High)]
    [InlineData("云杉发票那个工单优先级改成高", "T-721", TicketPriority.High)]
    public async Task PriorityChange_OfATicketNamedByDescription_ChangesThatTicket(string message, string ticketId, TicketPriority expected)
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);

        (await chat.SendAsync("U-SUP", message)).Single<ChangeResult>();

        await using var db = chat.Store();
        Assert.Equal(expected, (await db.Tickets.SingleAsync(t => t.Id == ticketId)).Priority);
    }

    [Fact]
    public async Task Assign_ATicketNamedByDescription_AssignsThatTicket()
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);

        (await chat.SendAsync("U-SUP", "assign the driver app login ticket to me")).Single<ChangeResult>();

        await using var db = chat.Store();
        Assert.Equal("U-SUP", (await db.Tickets.SingleAsync(t => t.Id == "T-712")).AssigneeId);
    }

    [Theory]
    [InlineData("U-REP", "add a note to the tax rate ticket: they emailed a corrected PDF", "T-711", "corrected PDF")]
    [InlineData("U-ZH", "给白屏那个工单加个备注：客户已经清理过浏览器缓存", "T-720", "浏览器缓存")]
    public async Task Comment_OnATicketNamedByDescription_IsAppendedToThatTicket(string user, string message, string ticketId, string expected)
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);

        (await chat.SendAsync(user, message)).Single<ChangeResult>();

        await using var db = chat.Store();
        var comment = await db.TicketComments.SingleAsync();
        Assert.Equal(ticketId, comment.TicketId);
        Assert.Contains(expected, comment.Text);
    }

    [Theory]
    [InlineData("the invoice ticket is resolved", "2", "T-714", TicketStatus.Resolved)]
    [InlineData("the invoice ticket is resolved", "the Quantum one", "T-715", TicketStatus.Resolved)]
    [InlineData("发票那个工单关掉", "第二个", "T-722", TicketStatus.Closed)]
    public async Task ADescriptionFittingSeveralTickets_AsksThenChangesTheOneChosen(string message, string answer, string ticketId, TicketStatus expected)
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);

        var question = (await chat.SendAsync("U-SUP", message)).Single<ClarificationResult>();
        await using (var before = chat.Store())
            Assert.Equal(0, await before.ChangeSets.CountAsync());
        Assert.True(question.Choices.Count >= 2);
        Assert.DoesNotContain(question.Choices, c => c.Value == "T-713");
        (await chat.SendAsync("U-SUP", answer)).Single<ChangeResult>();

        await using var db = chat.Store();
        var changed = await db.Tickets.Where(t => t.Status == expected && t.Id != "T-713").Select(t => t.Id).ToListAsync();
        Assert.Equal([ticketId], changed);
    }

    [Fact]
    public async Task ADescriptionFittingNoTicket_SaysSoAndTheIdAnswerFinishesIt()
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);

        var question = (await chat.SendAsync("U-SUP", "the warranty ticket is fixed")).Single<ClarificationResult>();
        Assert.Contains("couldn't find", question.Question);
        await using (var before = chat.Store())
            Assert.Equal(0, await before.ChangeSets.CountAsync());
        (await chat.SendAsync("U-SUP", "T-700")).Single<ChangeResult>();

        await using var db = chat.Store();
        Assert.Equal(TicketStatus.Resolved, (await db.Tickets.SingleAsync(t => t.Id == "T-700")).Status);
    }

    [Theory]
    [InlineData("what's the status of the label printer ticket?", "T-700")]
    [InlineData("how is the Harbor login ticket going", "T-712")]
    [InlineData("关于登录的那个工单怎么样了", "T-720")]
    public async Task Question_AboutATicketNamedByDescription_ShowsThatTicketAndWritesNothing(string message, string ticketId)
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);

        var reply = (await chat.SendAsync("U-REP", message)).Single<TicketListResult>();

        Assert.Equal(ticketId, Assert.Single(reply.Tickets).Ticket.Id);
        await using var db = chat.Store();
        Assert.Equal(0, await db.ChangeSets.CountAsync());
    }

    [Fact]
    public async Task Activity_MentioningAnIssue_IsLoggedAndLeavesTicketsAlone()
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);

        (await chat.SendAsync("U-REP", "called Dev at Harbor about the invoice issue, he will send the totals tomorrow")).Single<ChangeResult>();

        await using var db = chat.Store();
        Assert.Equal(1, await db.Activities.CountAsync());
        Assert.Equal(0, await db.Tickets.CountAsync(t => t.Status == TicketStatus.Resolved || t.Status == TicketStatus.Pending && t.Id != "T-722"));
    }

    [Fact]
    public async Task PersonsTicket_WithSeveralOpenAtTheirCustomer_AsksThenChangesTheOneDescribedInTheAnswer()
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);

        var question = (await chat.SendAsync("U-SUP", "resolve Owen's ticket")).Single<ClarificationResult>();
        Assert.Contains(question.Choices, c => c.Value == "T-711");
        (await chat.SendAsync("U-SUP", "the tax rate one")).Single<ChangeResult>();

        await using var db = chat.Store();
        Assert.Equal(["T-711"], await db.Tickets.Where(t => t.Status == TicketStatus.Resolved).Select(t => t.Id).ToListAsync());
    }

    [Theory]
    [InlineData("bump it to urgent")]
    [InlineData("close it")]
    public async Task TicketChangeOfIt_WithNothingInView_AsksWhichTicketAndWritesNothing(string message)
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);

        (await chat.SendAsync("U-SUP", message)).Single<ClarificationResult>();

        await using var db = chat.Store();
        Assert.Equal(0, await db.ChangeSets.CountAsync());
    }
}
