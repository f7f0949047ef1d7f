using Crm.Bot.Protocol;
using Crm.Bot.Teams;
using Crm.Data.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Bot.Tests.Teams;

/// <summary>How replay uses the pipeline: Teams-shaped activities, no auth, replies collected in order.</summary>
public sealed class InProcessPipelineTests : IAsyncLifetime
{
    private readonly BotApplication bot = BotApplication.Local();

    public Task InitializeAsync() => bot.SeedAsync(BotApplication.Alex());

    public async Task DisposeAsync() => await bot.DisposeAsync();

    private async Task<IReadOnlyList<Activity>> RunAsync(Activity activity)
    {
        var sender = new CollectingActivitySender();
        var response = await bot.Services.GetRequiredService<ActivityProcessor>().ProcessAsync(activity, ActivityOrigin.InProcess, sender, default);
        Assert.Null(response);
        return sender.Sent;
    }

    [Fact]
    public async Task ChannelMessage_FromCrmUserId_RunsWithMentionStrippedAndRepliesInThread()
    {
        var activity = InProcessActivities.Message("U-T1", "case1-turn1", "pipeline for my team", BotApplication.Start, "channel:sales", "en-US", scope: "case1/");

        var sent = await RunAsync(activity);

        var reply = Assert.Single(sent);
        Assert.Equal(("echo: pipeline for my team", "case1-turn1", "19:case1/sales@thread.tacv2"), (reply.Text, reply.ReplyToId, reply.Conversation!.Id));
        var input = Assert.Single(bot.Turns.Inputs);
        Assert.Equal(("U-T1", Crm.Skills.Conversation.ConversationKind.Channel, BotApplication.Start), (input.UserId, input.Kind, input.ReceivedAt));
        Assert.Equal(0, await bot.QueryAsync(db => db.Set<ConversationReference>().CountAsync()));
        Assert.Equal(0, await bot.QueryAsync(db => db.Set<ProcessedActivity>().CountAsync()));
    }

    [Fact]
    public async Task SameActivityTwice_InProcess_RunsTwiceBecauseReplayCasesRepeatIds()
    {
        var activity = InProcessActivities.Message("U-T1", "turn-1", "hello", BotApplication.Start);

        await RunAsync(activity);
        await RunAsync(activity);

        Assert.Equal(2, bot.Turns.Inputs.Count);
    }

    [Fact]
    public async Task UnknownUserId_InProcess_IsRefusedWithoutRunningTheTurn()
    {
        var sent = await RunAsync(InProcessActivities.Message("U-NOBODY", "turn-1", "remind me to call", BotApplication.Start));

        Assert.Contains("don't know you", Assert.Single(sent).Text, StringComparison.Ordinal);
        Assert.Empty(bot.Turns.Inputs);
    }
}
