using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>
/// A deal handed to a colleague ("reassign the Pinecrest POS upgrade to Quinn", "百川物流的单子交给Riley吧") changes its
/// owner, within the permissions of behaviour §6: a manager for the team's deals, an admin for any.
/// </summary>
public sealed class DealHandedOverConversationTests
{
    // Wednesday 18 Nov 2026: 07:00 in Los Angeles, 23:00 in Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("U-MGR", "reassign the Pinecrest POS upgrade to Quinn", "D-P1", "U-REP2")]
    [InlineData("U-MGR", "hand the Harbor route planner over to Quinn", "D-H1", "U-REP2")]
    [InlineData("U-ADM", "百川物流的单子交给Riley吧", "D-B1", "U-REP")]
    public async Task DealHandedToAColleague_IsOwnedByThem(string user, string message, string deal, string owner)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync(user, message);

        await using var db = chat.Store();
        Assert.Equal(owner, (await db.Deals.SingleAsync(d => d.Id == deal)).OwnerId);
    }

    [Fact]
    public async Task DealOfAnotherTeamHandedOver_IsRefusedAndKeepsItsOwner()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var refusal = (await chat.SendAsync("U-MGR", "hand the Quantum data lake deal over to Riley")).Part<RefusalResult>();

        Assert.Equal(RefusalReason.NotPermitted, refusal.Reason);
        await using var db = chat.Store();
        Assert.Equal("U-EAST", (await db.Deals.SingleAsync(d => d.Id == "D-Q1")).OwnerId);
    }

    [Fact]
    public async Task TaskHandedToAColleague_IsNoDealChange()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-MGR", "reassign the Pinecrest follow-up task to Quinn");

        await using var db = chat.Store();
        Assert.Equal("U-REP", (await db.Deals.SingleAsync(d => d.Id == "D-P1")).OwnerId);
    }
}
