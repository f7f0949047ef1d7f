using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>
/// A deal's next step named by its words and given a new day ("the security review is now due next week thursday",
/// "安全评估推到三周后"): the step's due date moves, and the deal's close date stays.
/// </summary>
public sealed class NextStepRescheduledConversationTests
{
    // Wednesday 18 Nov 2026: 07:00 in Los Angeles, 23:00 in Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    private static void WithNextSteps(Infrastructure.SeedBuilder s)
    {
        ConversationSeed.Build(s);
        s.NextStep("D-P1", "Security review", new DateOnly(2026, 11, 20))
            .NextStep("D-Y1", "方案讲解", new DateOnly(2026, 11, 23))
            .NextStep("D-H1", "Redlines", new DateOnly(2026, 11, 19));
    }

    [Theory]
    [InlineData("U-REP", "Pinecrest POS upgrade: security review got pushed to next week thursday", "D-P1", "2026-11-26", "2026-12-20")]
    [InlineData("U-REP", "push the Pinecrest POS upgrade security review to Dec 2", "D-P1", "2026-12-02", "2026-12-20")]
    [InlineData("U-ZH", "云杉数据中台的方案讲解推到三周后", "D-Y1", "2026-12-09", "2026-12-30")]
    [InlineData("U-REP", "harbor route planner - redlines are now due next week thursday", "D-H1", "2026-11-26", "2026-12-01")]
    public async Task NextStepNamedByItsWords_GivenANewDay_MovesItsDueDateNotTheClose(string user, string message, string dealId, string due, string close)
    {
        await using var chat = await ConversationScript.StartAsync(WithNextSteps, Now);

        var reply = await chat.SendAsync(user, message);

        Assert.True(reply.Parts[0] is ChangeResult, reply.Explanation + " " + reply.Parts[0]);
        await using var db = chat.Store();
        var deal = await db.Deals.SingleAsync(d => d.Id == dealId);
        Assert.Equal((DateOnly.Parse(due), DateOnly.Parse(close)), (deal.NextStepDue!.Value, deal.CloseDate!.Value));
    }

    [Fact]
    public async Task CloseSaidInSoManyWords_BesideTheStepsWords_IsStillTheClose()
    {
        await using var chat = await ConversationScript.StartAsync(WithNextSteps, Now);

        await chat.SendAsync("U-REP", "Pinecrest POS upgrade close date moves to Jan 8 after the security review");

        await using var db = chat.Store();
        var deal = await db.Deals.SingleAsync(d => d.Id == "D-P1");
        Assert.Equal((new DateOnly(2026, 11, 20), new DateOnly(2027, 1, 8)), (deal.NextStepDue!.Value, deal.CloseDate!.Value));
    }
}
