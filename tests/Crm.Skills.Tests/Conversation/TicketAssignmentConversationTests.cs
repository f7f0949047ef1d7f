using Crm.Data.Tickets;
using Crm.Data.Users;
using Crm.Skills.Results;
using Crm.Skills.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>Handing a ticket to a colleague by how people call them, and the card naming both people.</summary>
public sealed class TicketAssignmentConversationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    /// <summary><see cref="ConversationSeed"/> plus a support desk: English and Chinese agents, one ticket each side.</summary>
    private static void Seed(SeedBuilder s)
    {
        ConversationSeed.Build(s);
        s.User("U-TOM", UserRole.Support, "Support", name: "Tom Becker")
            .User("U-NIA", UserRole.Support, "Support", name: "Nia Torres")
            .User("U-WXD", UserRole.Support, "客服", timeZone: "Asia/Shanghai", name: "王晓东", locale: "zh-CN", email: "wang.xiaodong@support.example")
            .User("U-LJ", UserRole.Support, "客服", timeZone: "Asia/Shanghai", name: "李静", locale: "zh-CN")
            .User("U-CSY", UserRole.Support, "客服", timeZone: "Asia/Shanghai", name: "陈思远", locale: "zh-CN")
            .Ticket("T-31", "ACC-HAR", "Route export times out", TicketStatus.Open, TicketPriority.High, "U-NIA")
            .Ticket("T-32", "ACC-YS", "报表导出乱码", TicketStatus.New, TicketPriority.Normal, "U-CSY");
    }

    [Theory]
    [InlineData("U-NIA", "assign ticket T-31 to Tom", "T-31", "U-TOM")]
    [InlineData("U-NIA", "please reassign T-31 to Tom Becker", "T-31", "U-TOM")]
    [InlineData("U-TOM", "hand T-31 over to Tara", "T-31", "U-SUP")]
    [InlineData("U-LJ", "把T-32分给小王", "T-32", "U-WXD")]
    [InlineData("U-LJ", "T-32转给王晓东处理", "T-32", "U-WXD")]
    [InlineData("U-WXD", "把T-32交给李静吧", "T-32", "U-LJ")]
    [InlineData("U-LJ", "T-32 派给王晓东", "T-32", "U-WXD")]
    [InlineData("U-WXD", "T-32 派给我", "T-32", "U-WXD")]
    [InlineData("U-NIA", "hand T-31 over to Wang Xiaodong, he's covering the overnight shift", "T-31", "U-WXD")]
    [InlineData("U-NIA", "escalate T-31 to Tom", "T-31", "U-TOM")]
    public async Task AssignTicket_ByHowPeopleCallAColleague_ChangesOnlyTheAssignee(string user, string message, string ticketId, string expected)
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);
        await using var before = chat.Store();
        var was = await before.Tickets.AsNoTracking().SingleAsync(t => t.Id == ticketId);

        var reply = await chat.SendAsync(user, message);
        Assert.True(reply.Parts[0] is ChangeResult, reply.Explanation + " " + reply.Parts[0]);

        await using var db = chat.Store();
        var ticket = await db.Tickets.SingleAsync(t => t.Id == ticketId);
        Assert.Equal(expected, ticket.AssigneeId);
        Assert.Equal((was.Status, was.Priority, was.Title), (ticket.Status, ticket.Priority, ticket.Title));
    }

    [Theory]
    [InlineData("U-NIA", "assign T-31 to Tom", "Nia Torres", "Tom Becker", "U-NIA", "U-TOM")]
    [InlineData("U-LJ", "把T-32分给小王", "陈思远", "王晓东", "U-CSY", "U-WXD")]
    public async Task AssignTicket_Change_CarriesBothPeoplesNamesWhileTheAuditKeepsIds(string user, string message, string from, string to, string fromId, string toId)
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);

        var change = (await chat.SendAsync(user, message)).Single<ChangeResult>();

        var assignee = Assert.Single(Assert.Single(change.Records).Fields, f => f.Field == "assigneeId");
        Assert.Equal((from, to), (assignee.OldName, assignee.NewName));
        await using var db = chat.Store();
        var audit = await db.FieldChanges.SingleAsync(f => f.Field == "assigneeId");
        Assert.Equal((fromId, toId), (audit.OldValue, audit.NewValue));
    }

    [Theory]
    [InlineData("U-ADM", "reassign all of Nia's high priority tickets to me", "U-ADM")]
    [InlineData("U-NIA", "hand all my high tickets over to Tom", "U-TOM")]
    public async Task AllOfAColleaguesTickets_HandedOver_AreEachReassignedInOneChange(string user, string message, string expected)
    {
        await using var chat = await ConversationScript.StartAsync(s =>
        {
            Seed(s);
            s.Ticket("T-33", "ACC-PIN", "Scanner offline at the depot", TicketStatus.Pending, TicketPriority.High, "U-NIA")
                .Ticket("T-34", "ACC-QNT", "Reports load slowly", TicketStatus.Open, TicketPriority.Normal, "U-NIA")
                .Ticket("T-35", "ACC-QNT", "Old export error", TicketStatus.Resolved, TicketPriority.High, "U-NIA");
        }, Now);

        (await chat.SendAsync(user, message)).Single<ChangeResult>();

        await using var db = chat.Store();
        var assignees = await db.Tickets.Where(t => t.Id.StartsWith("T-3")).OrderBy(t => t.Id).Select(t => t.AssigneeId).ToListAsync();
        Assert.Equal([expected, "U-CSY", expected, "U-NIA", "U-NIA"], assignees);
        Assert.Equal(1, await db.ChangeSets.CountAsync());
    }

    [Fact]
    public async Task AllOfAColleaguesTickets_InChinese_AreHandedToTheSpeaker()
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);

        (await chat.SendAsync("U-LJ", "把陈思远的工单都转给我")).Single<ChangeResult>();

        await using var db = chat.Store();
        Assert.Equal("U-LJ", (await db.Tickets.SingleAsync(t => t.Id == "T-32")).AssigneeId);
    }

    [Fact]
    public async Task AssignTicket_ByARep_IsRefusedAndWritesNothing()
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);

        (await chat.SendAsync("U-REP", "assign T-31 to Tom")).Single<RefusalResult>();

        await using var db = chat.Store();
        Assert.Equal("U-NIA", (await db.Tickets.SingleAsync(t => t.Id == "T-31")).AssigneeId);
        Assert.Equal(0, await db.ChangeSets.CountAsync());
    }

    [Fact]
    public async Task HandedOverAlone_AfterACustomerSummaryShowingOneTicket_IsThatTicket()
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);
        (await chat.SendAsync("U-WXD", "云杉信息的工单")).Part<CustomerSummaryResult>();

        await chat.SendAsync("U-WXD", "分给我");

        await using var db = chat.Store();
        Assert.Equal("U-WXD", (await db.Tickets.SingleAsync(t => t.Id == "T-32")).AssigneeId);
    }
}
