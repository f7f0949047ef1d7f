using Crm.Bot.Cards;
using Crm.Bot.Teams;
using Crm.Data.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Bot.Tests.Teams;

/// <summary>PROTOCOLS §6.3: stored conversation references reach the user later.</summary>
public sealed class ProactiveMessagesTests : TeamsTestContext
{
    private static readonly RenderedReply Reminder = new([new RenderedMessage("Reminder: send the contract", null, [])]);

    [Fact]
    public async Task KnownPersonalConversation_SendToUser_PostsToItWithBotToken()
    {
        await SendAsync(TeamsActivities.Personal(Sink.ServiceUrl, "hello"));
        await Sink.WaitForMessagesAsync(1);

        var sent = await Bot.Services.GetRequiredService<ProactiveMessages>().SendToUserAsync("U-T1", Reminder, default);

        Assert.True(sent);
        var message = (await Sink.WaitForMessagesAsync(2))[1];
        Assert.Equal("/teams/v3/conversations/a%3A1personal-aad-avery/activities", message.RawTarget);
        Assert.StartsWith("Bearer ", message.Authorization, StringComparison.Ordinal);
        Assert.Equal("29:user-aad-avery", message.Body!.Value.GetProperty("recipient").GetProperty("id").GetString());
        Assert.False(message.Body.Value.TryGetProperty("replyToId", out _));
    }

    [Fact]
    public async Task UserWithoutConversation_SendToUser_ReturnsFalse()
    {
        Assert.False(await Bot.Services.GetRequiredService<ProactiveMessages>().SendToUserAsync("U-T2", Reminder, default));
        Assert.Empty(Sink.Requests);
    }

    [Fact]
    public async Task UserBlockedTheBot_SendToUser_RecordsItAndStops()
    {
        await SendAsync(TeamsActivities.Personal(Sink.ServiceUrl, "hello"));
        await Sink.WaitForMessagesAsync(1);
        Sink.ScriptedFailures.Enqueue((403, null, "MessageWritesBlocked"));
        var proactive = Bot.Services.GetRequiredService<ProactiveMessages>();

        Assert.False(await proactive.SendToUserAsync("U-T1", Reminder, default));
        Assert.False(await proactive.SendToUserAsync("U-T1", Reminder, default));

        Assert.NotNull((await Bot.QueryAsync(db => db.Set<ConversationReference>().SingleAsync())).BlockedAt);
        Assert.Equal(2, Sink.Requests.Count(r => r.Method == "POST"));
    }
}
