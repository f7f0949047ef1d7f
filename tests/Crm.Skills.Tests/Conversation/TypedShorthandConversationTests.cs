using Crm.Data.Activities;
using Crm.Data.Tickets;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>
/// Messages typed fast: "w" for with, first names in lower case after "call" or "with", "wed" for Wednesday,
/// ticket ids without their hyphen, "8个w" for 8万, "pls open an issue for …", "just left …".
/// </summary>
public sealed class TypedShorthandConversationTests
{
    // Thursday 19 Nov 2026: 07:00 in Los Angeles, 23:00 in Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 11, 19, 15, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("remind me to call owen fri", "2026-11-20")]
    [InlineData("remind me to check the printer firmware w owen tomorrow", "2026-11-20")]
    [InlineData("remind me wed to send owen the pricing", "2026-11-25")]
    public async Task Reminder_NamingALowerCaseFirstNameAfterCallOrWith_IsLinkedToThatPerson(string message, string due)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", message);

        await using var db = chat.Store();
        var task = await db.Tasks.SingleAsync();
        Assert.Equal(("ACC-PIN", "CON-P3", DateOnly.Parse(due)), (task.AccountId, task.ContactId, task.DueAt));
    }

    [Theory]
    [InlineData("T700 is waiting on the customer now")]
    [InlineData("t 700 waiting on customer")]
    public async Task TicketIdWithoutItsHyphen_IsThatTicket(string message)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-SUP", message);

        await using var db = chat.Store();
        Assert.Equal(TicketStatus.Pending, (await db.Tickets.SingleAsync(t => t.Id == "T-700")).Status);
    }

    [Fact]
    public async Task AmountInTenThousandsWrittenW_IsRead()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "百川物流仓储管理金额改成25个w");

        await using var db = chat.Store();
        Assert.Equal(250000m, (await db.Deals.SingleAsync(d => d.Id == "D-B1")).Amount);
    }

    [Fact]
    public async Task OpenAnIssueFor_ThenTheProblem_TitlesTheTicketWithTheProblem()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-SUP", "pls open an issue for Pinecrest - owen says receipts print twice since the update");

        await using var db = chat.Store();
        var ticket = await db.Tickets.SingleAsync(t => t.Id != "T-700");
        Assert.Equal("ACC-PIN", ticket.AccountId);
        Assert.Contains("receipts print twice", ticket.Title, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("issue", ticket.Title, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task JustLeftTheCustomer_LogsAVisit()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "okay so uh just left Harbor, um, Dev says the route planner pilot went well");

        await using var db = chat.Store();
        var visit = await db.Activities.SingleAsync();
        Assert.Equal((ActivityType.Visit, "ACC-HAR", "CON-H1"), (visit.Type, visit.AccountId, visit.ContactId));
    }

    [Fact]
    public async Task MyPipeThisQtr_IsMyPipelineThisQuarter()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var pipeline = (await chat.SendAsync("U-REP", "my pipe this qtr?")).Single<PipelineResult>();

        Assert.Equal((new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31)), (pipeline.From, pipeline.To));
    }

    [Fact]
    public async Task WhatsClosingForMe_ListsMyDealsClosingThen()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var list = (await chat.SendAsync("U-REP", "whats closing for me next month")).Single<DealListResult>();

        Assert.Equal(["D-H1", "D-P1"], list.Deals.Select(d => d.Deal.Id).Order());
    }

    [Fact]
    public async Task CallWhereTheCustomerNamesAComingDate_HappenedToday()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "log a call with Owen at Pinecrest, he confirmed they sign on 12/1");

        await using var db = chat.Store();
        Assert.Equal(new DateTime(2026, 11, 19, 15, 0, 0), (await db.Activities.SingleAsync()).OccurredAt);
    }

    [Fact]
    public async Task UndoThatPls_UndoesTheChange()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync("U-REP", "pinecrest loyalty app -> proposal");

        await chat.SendAsync("U-REP", "undo that pls");

        await using var db = chat.Store();
        Assert.Equal(Crm.Data.Deals.DealStage.Qualified, (await db.Deals.SingleAsync(d => d.Id == "D-P2")).Stage);
    }

    [Fact]
    public async Task PingMeToChaseALowerCaseFirstName_IsAReminderAboutThatPerson()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "ping me on the 3rd to chase owen for the PO");

        await using var db = chat.Store();
        var task = await db.Tasks.SingleAsync();
        Assert.Equal(("CON-P3", new DateOnly(2026, 12, 3), "Chase owen for the PO"), (task.ContactId, task.DueAt, task.Title));
    }
}
