using Crm.Data.Channels;
using Microsoft.EntityFrameworkCore;

namespace Crm.Bot.Tests.Teams;

/// <summary>A reply refused with 403 MessageWritesBlocked means the user blocked the bot: remembered, not retried.</summary>
public sealed class BlockedReplyTests : TeamsTestContext
{
    [Fact]
    public async Task Reply_RefusedAsBlocked_MarksTheConversationBlockedUntilTheUserWritesAgain()
    {
        Sink.ScriptedFailures.Enqueue((403, null, "MessageWritesBlocked"));
        var first = TeamsActivities.Personal(Sink.ServiceUrl, "log a call");

        await SendAsync(first);

        var blocked = await WaitForAsync(r => r?.BlockedAt is not null);
        Assert.Equal(first.Conversation!.Id, blocked!.ConversationId);
        Assert.Single(Sink.Messages);

        await SendAsync(TeamsActivities.Personal(Sink.ServiceUrl, "log another call"));

        Assert.Null((await WaitForAsync(r => r?.BlockedAt is null))!.BlockedAt);
    }

    private async Task<ConversationReference?> WaitForAsync(Func<ConversationReference?, bool> done)
    {
        ConversationReference? reference = null;
        for (var waited = 0; waited < 100; waited++)
        {
            reference = await Bot.QueryAsync(db => db.Set<ConversationReference>().AsNoTracking().SingleOrDefaultAsync());
            if (done(reference))
            {
                return reference;
            }
            await Task.Delay(50);
        }
        Assert.Fail("The conversation reference never reached the expected state.");
        return reference;
    }
}
