using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>
/// A deal change refused because the deal is not the user's, then asked of another deal in a few words: "fine. Quantum
/// then, same date", "same for Quantum". Nothing is written by the refusal; the redirected change is.
/// </summary>
public sealed class RefusedChangeRedirectedConversationTests
{
    // Wednesday 18 Nov 2026: 10:00 in New York.
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("fine. Quantum then, same date")]
    [InlineData("ok, the Quantum one instead")]
    [InlineData("same for Quantum")]
    public async Task RefusedChange_AskedOfAnotherDeal_IsMadeThere(string redirect)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        (await chat.SendAsync("U-EAST", "push the Harbor route planner close to jan 5")).Part<RefusalResult>();

        await chat.SendAsync("U-EAST", redirect);

        await using var db = chat.Store();
        var closes = await db.Deals.ToDictionaryAsync(d => d.Id, d => d.CloseDate);
        Assert.Equal((new DateOnly(2027, 1, 5), new DateOnly(2026, 12, 1)), (closes["D-Q1"], closes["D-H1"]));
    }
}
