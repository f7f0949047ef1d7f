using Crm.Data.Tickets;
using Crm.Skills.Results;
using Crm.Skills.Tests.Infrastructure;
using Crm.Skills.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Tickets;

public sealed class TicketSkillsTests
{
    [Fact]
    public async Task OpenTicket_WithDefaults_IsNewNormalAndCreatedByActingUser()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());

        var turn = await store.SendAsync<TicketSkills>("U-REP", s => s.OpenTicketAsync("ACC-NB", "Invoices show the wrong VAT", "since the October update", contactId: "CON-001"));

        Assert.Equal("T-502", Assert.Single(turn.Changes.Records).RecordId);
        await using var db = store.NewContext();
        var ticket = await db.Tickets.SingleAsync(t => t.Id == "T-502");
        Assert.Equal((TicketStatus.New, TicketPriority.Normal, "U-REP", "CON-001"), (ticket.Status, ticket.Priority, ticket.CreatedById, ticket.ContactId));
    }

    [Fact]
    public async Task UpdateTicket_Resolved_StampsResolvedAtAndReopeningClearsIt()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());

        await store.SendAsync<TicketSkills>("U-SUP", s => s.UpdateTicketAsync("T-501", TicketStatus.Resolved));
        await using (var db = store.NewContext())
            Assert.Equal(store.Clock.Now.UtcDateTime, (await db.Tickets.SingleAsync(t => t.Id == "T-501")).ResolvedAt);
        store.Clock.Advance(TimeSpan.FromHours(2));
        await store.SendAsync<TicketSkills>("U-SUP", s => s.UpdateTicketAsync("T-501", TicketStatus.Open));

        await using var after = store.NewContext();
        var ticket = await after.Tickets.SingleAsync(t => t.Id == "T-501");
        Assert.Equal((TicketStatus.Open, (DateTime?)null), (ticket.Status, ticket.ResolvedAt));
    }

    [Fact]
    public async Task UpdateTicket_PriorityAndAssignee_ChangeOnlyThose()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());

        var turn = await store.SendAsync<TicketSkills>("U-SUP", s => s.UpdateTicketAsync("T-501", priority: TicketPriority.Urgent, assigneeId: "U-ADM"));

        Assert.Equal(["assigneeId", "priority"], Assert.Single(turn.Changes.Records).Fields.Select(f => f.Field).Order());
    }

    [Fact]
    public async Task AddComment_AppendsWithUserAndTime()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());
        await store.SendAsync<TicketSkills>("U-SUP", s => s.AddCommentAsync("T-501", "asked for logs"));

        await store.SendAsync<TicketSkills>("U-REP", s => s.AddCommentAsync("T-501", "customer sent logs"));

        await using var db = store.NewContext();
        var comments = await db.TicketComments.Where(c => c.TicketId == "T-501").OrderBy(c => c.Position).ToListAsync();
        Assert.Equal(["asked for logs", "customer sent logs"], comments.Select(c => c.Text));
        Assert.Equal(("U-REP", store.Clock.Now.UtcDateTime, 1), (comments[1].UserId, comments[1].At, comments[1].Position));
    }

    [Fact]
    public async Task ListOpenTickets_ByAccountAssigneeOrPriority_ListsOnlyNewOpenAndPending()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard()
            .Ticket("T-510", "ACC-NB", "pending one", TicketStatus.Pending, TicketPriority.Low)
            .Ticket("T-511", "ACC-NB", "solved one", TicketStatus.Resolved, TicketPriority.Urgent)
            .Ticket("T-512", "ACC-EW", "other account", TicketStatus.New, TicketPriority.Urgent, "U-SUP"));

        var byAccount = await store.SendAsync<TicketSkills>("U-REP", s => s.ListTicketsAsync("ACC-NB"));
        var byAssignee = await store.SendAsync<TicketSkills>("U-REP", s => s.ListTicketsAsync(assigneeId: "U-SUP"));
        var urgent = await store.SendAsync<TicketSkills>("U-REP", s => s.ListTicketsAsync(priority: TicketPriority.Urgent));

        Assert.Equal(["T-501", "T-510"], byAccount.Result<TicketListResult>().Tickets.Select(t => t.Ticket.Id));
        Assert.Equal(["T-512", "T-501"], byAssignee.Result<TicketListResult>().Tickets.Select(t => t.Ticket.Id));
        var line = Assert.Single(urgent.Result<TicketListResult>().Tickets);
        Assert.Equal(("T-512", "Eastwind Foods", "Tara Nguyen"), (line.Ticket.Id, line.AccountName, line.AssigneeName));
    }
}
