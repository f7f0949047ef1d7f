using Crm.Data.Deals;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>
/// One record of a list just shown, pointed at by its place ("mark the second one as won") or its size after a pipeline
/// ("move the biggest one to proposal").
/// </summary>
public sealed class ListPickFollowUpConversationTests
{
    // Wednesday 18 Nov 2026: 07:00 in Los Angeles, 10:00 in New York.
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

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
}
