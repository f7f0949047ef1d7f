using Crm.Bot.Teams;
using Crm.Data.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Bot.Tests.Teams;

/// <summary>processed_activities only keeps ids the Connector could still retry.</summary>
public sealed class ProcessedActivityPruningTests : TeamsTestContext
{
    [Fact]
    public async Task Prune_RowsOlderThanRetention_AreDeletedAndRecentRetriesStillRecognised()
    {
        var recent = TeamsActivities.Personal(Sink.ServiceUrl, "log a call");
        await SendAsync(recent);
        await Bot.SeedRowsAsync(OldRow("ancient-1", days: 2), OldRow("ancient-2", days: 30));
        Bot.Clock.Now = BotApplication.Start.AddHours(23);

        var removed = await Bot.Services.GetRequiredService<ProcessedActivities>().PruneAsync(TimeSpan.FromHours(24), default);

        Assert.Equal(2, removed);
        var left = await Bot.QueryAsync(db => db.Set<ProcessedActivity>().Select(p => p.ActivityId).ToListAsync());
        Assert.Equal([recent.Id!], left);
        await SendAsync(recent);
        Assert.Single(Bot.Turns.Inputs);
    }

    [Fact]
    public async Task Prune_NothingOldEnough_DeletesNothing()
    {
        await Bot.SeedRowsAsync(OldRow("yesterday-ish", days: 0.9));

        var removed = await Bot.Services.GetRequiredService<ProcessedActivities>().PruneAsync(TimeSpan.FromHours(24), default);

        Assert.Equal(0, removed);
        Assert.Equal(1, await Bot.QueryAsync(db => db.Set<ProcessedActivity>().CountAsync()));
    }

    internal static ProcessedActivity OldRow(string activityId, double days) => new()
    {
        Key = "pruning-test-" + activityId,
        ChannelId = "msteams",
        ConversationId = "a:old",
        ActivityId = activityId,
        ProcessedAt = BotApplication.Start.AddDays(-days).UtcDateTime,
    };
}

/// <summary>The host prunes on its own, on the configured interval.</summary>
public sealed class ProcessedActivityPruningScheduleTests : TeamsTestContext
{
    protected override (string Key, string? Value)[] Settings => [("Bot:ProcessedActivityPruneInterval", "00:00:00.200")];

    [Fact]
    public async Task Host_WithShortPruneInterval_DropsOldIdsByItself()
    {
        await Bot.SeedRowsAsync(
            ProcessedActivityPruningTests.OldRow("old", days: 3),
            ProcessedActivityPruningTests.OldRow("fresh", days: 0.1));

        var left = new List<string>();
        for (var waited = 0; waited < 100; waited++)
        {
            left = await Bot.QueryAsync(db => db.Set<ProcessedActivity>().Select(p => p.ActivityId).ToListAsync());
            if (left.Count < 2)
            {
                break;
            }
            await Task.Delay(100);
        }

        Assert.Equal(["fresh"], left);
    }
}
