using Crm.Data.Deals;
using Crm.Data.Tickets;
using Crm.Skills.Results;
using Crm.Skills.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>
/// One record of a list just shown, pointed at by its place ("mark the second one as won") or its size after a pipeline
/// ("move the biggest one to proposal"), and, right after a write on one record of a list, another of that list picked the
/// same way: "push the Harbor one to Jan 8" → "and the Pinecrest one to end of Jan" (the same date moved), "the Harbor one
/// is solved" → "and the Pinecrest one is waiting on the customer", "the export one is fixed" → "add a note to the other one: …".
/// </summary>
public sealed class ListPickFollowUpConversationTests
{
    // Wednesday 18 Nov 2026: 07:00 in Los Angeles, 10:00 in New York.
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    private static void Seed(SeedBuilder s)
    {
        ConversationSeed.Build(s);
        s.Ticket("T-701", "ACC-HAR", "Route sync stalls overnight", TicketStatus.Open, TicketPriority.High, "U-SUP")
            .Ticket("T-702", "ACC-QNT", "Data lake login loops", TicketStatus.Open, TicketPriority.Normal, null)
            .Ticket("T-703", "ACC-PIN", "CSV export truncates names", TicketStatus.Pending, TicketPriority.Normal, null);
    }

    [Fact]
    public async Task SecondOneOfADealList_IsTheSecondDealShown()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        var list = (await chat.SendAsync("U-REP", "my deals closing in december")).Part<DealListResult>();

        await chat.SendAsync("U-REP", "mark the second one as won");

        await using var db = chat.Store();
        Assert.Equal(2, list.Deals.Count);
        Assert.Equal([list.Deals[1].Deal.Id], await db.Deals.Where(d => d.Stage == DealStage.Won && d.Id != "D-H2").Select(d => d.Id).ToListAsync());
    }

    [Fact]
    public async Task SecondOneAfterASummaryWithDealsAndTickets_IsItsSecondDeal_WhenAStageIsSaid()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        var summary = (await chat.SendAsync("U-REP", "open deals at Pinecrest?")).Part<CustomerSummaryResult>();

        await chat.SendAsync("U-REP", "move the second one to negotiation");

        await using var db = chat.Store();
        Assert.Equal(DealStage.Negotiation, (await db.Deals.SingleAsync(d => d.Id == summary.OpenDeals[1].Id)).Stage);
    }

    [Theory]
    [InlineData("move the biggest one to proposal", "D-H1", DealStage.Proposal)]
    [InlineData("mark the smallest as won", "D-P2", DealStage.Won)]
    public async Task BySize_AfterAPipeline_IsTheLargestOrSmallestDealItCounted(string change, string dealId, DealStage stage)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        (await chat.SendAsync("U-REP", "what's my pipeline?")).Part<PipelineResult>();

        await chat.SendAsync("U-REP", change);

        await using var db = chat.Store();
        var expected = new Dictionary<string, DealStage> { ["D-H1"] = DealStage.Negotiation, ["D-P1"] = DealStage.Proposal, ["D-P2"] = DealStage.Qualified, [dealId] = stage };
        Assert.Equal(expected, await db.Deals.Where(d => (d.OwnerId == "U-REP" && d.Stage != DealStage.Won) || d.Id == dealId).ToDictionaryAsync(d => d.Id, d => d.Stage));
    }

    [Fact]
    public async Task SmallestRightAfterTheBiggestWasMoved_IsTheSmallestDealThePipelineCounted()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        (await chat.SendAsync("U-REP", "what's my pipeline?")).Part<PipelineResult>();

        await chat.SendAsync("U-REP", "move the biggest one to proposal");
        await chat.SendAsync("U-REP", "and mark the smallest as won");

        await using var db = chat.Store();
        var stages = await db.Deals.ToDictionaryAsync(d => d.Id, d => d.Stage);
        Assert.Equal((DealStage.Proposal, DealStage.Won, DealStage.Proposal), (stages["D-H1"], stages["D-P2"], stages["D-P1"]));
    }

    [Fact]
    public async Task AnotherCustomersOneSaidWithOnlyADate_AfterACloseDateMovedFromAList_MovesItsCloseDate()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync("U-REP", "which of my deals close in december?");
        await chat.SendAsync("U-REP", "push the Harbor one to jan 8");

        await chat.SendAsync("U-REP", "and the Pinecrest one to end of jan");

        await using var db = chat.Store();
        var closes = await db.Deals.ToDictionaryAsync(d => d.Id, d => d.CloseDate);
        Assert.Equal((new DateOnly(2027, 1, 8), new DateOnly(2027, 1, 31)), (closes["D-H1"], closes["D-P1"]));
    }

    [Fact]
    public async Task AnotherCustomersTicket_RightAfterOneOfTheListWasChanged_TakesItsOwnChange()
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);
        await chat.SendAsync("U-SUP", "my unresolved tickets");
        await chat.SendAsync("U-SUP", "the Harbor one is solved");

        await chat.SendAsync("U-SUP", "and the Pinecrest one is waiting on the customer");

        await using var db = chat.Store();
        var statuses = await db.Tickets.ToDictionaryAsync(t => t.Id, t => t.Status);
        Assert.Equal((TicketStatus.Resolved, TicketStatus.Pending), (statuses["T-701"], statuses["T-700"]));
    }

    [Fact]
    public async Task NoteOnTheOtherOne_RightAfterOneOfTwoTicketsListedWasChanged_IsOnTheOtherTicket()
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);
        await chat.SendAsync("U-SUP", "show me the open tickets for Pinecrest");
        await chat.SendAsync("U-SUP", "the csv one is fixed");

        await chat.SendAsync("U-SUP", "add a note to the other one: waiting for the driver patch from engineering");

        await using var db = chat.Store();
        var note = await db.TicketComments.SingleAsync();
        Assert.Equal("T-700", note.TicketId);
        Assert.Contains("driver patch", note.Text);
        Assert.Equal(TicketStatus.Resolved, (await db.Tickets.SingleAsync(t => t.Id == "T-703")).Status);
    }

    [Fact]
    public async Task TheUrgentOneOfATicketList_InChinese_IsTheOneTicketOfThatPriority()
    {
        await using var chat = await ConversationScript.StartAsync(s =>
        {
            Seed(s);
            s.Ticket("T-704", "ACC-YS", "数据同步中断", TicketStatus.Open, TicketPriority.Urgent, "U-SUP");
        }, Now);
        (await chat.SendAsync("U-SUP", "我手上还没处理完的工单")).Part<TicketListResult>();

        await chat.SendAsync("U-SUP", "紧急的那个改成已解决");

        await using var db = chat.Store();
        Assert.Equal(["T-704"], await db.Tickets.Where(t => t.Status == TicketStatus.Resolved).Select(t => t.Id).ToListAsync());
    }

    [Theory]
    [InlineData("U-ZH", "我本季度要关的单子有哪些", "最早要关的那个改到12月1号", "D-B1", 2026, 12, 1)]
    [InlineData("U-REP", "my deals closing in december", "push the one closing soonest to Dec 5", "D-H1", 2026, 12, 5)]
    public async Task TheOneClosingFirstOfADealList_IsTheListedDealWithTheEarliestCloseDate(string user, string list, string change, string expected, int year, int month, int day)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        var listed = (await chat.SendAsync(user, list)).Part<DealListResult>().Deals.Select(d => d.Deal.Id).ToList();

        var reply = await chat.SendAsync(user, change);
        Assert.True(reply.Parts[0] is ChangeResult, reply.Explanation + " " + reply.Parts[0]);

        await using var db = chat.Store();
        Assert.Equal(2, listed.Count);
        Assert.Equal(new DateOnly(year, month, day), (await db.Deals.SingleAsync(d => d.Id == expected)).CloseDate);
        var other = listed.Single(id => id != expected);
        Assert.Equal(ConversationSeedCloseDate(other), (await db.Deals.SingleAsync(d => d.Id == other)).CloseDate);
    }

    private static DateOnly ConversationSeedCloseDate(string dealId) => dealId switch
    {
        "D-P1" => new DateOnly(2026, 12, 20),
        "D-Y1" => new DateOnly(2026, 12, 30),
        _ => throw new ArgumentOutOfRangeException(nameof(dealId)),
    };
}
