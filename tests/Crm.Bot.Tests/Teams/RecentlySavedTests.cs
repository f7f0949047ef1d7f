using Crm.Bot.Teams;

namespace Crm.Bot.Tests.Teams;

/// <summary>The memory of written conversation references stays bounded without forgetting the busy ones.</summary>
public sealed class RecentlySavedTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Refresh = TimeSpan.FromMinutes(10);

    [Fact]
    public void IsFresh_SameSnapshotWithinTheRefreshPeriod_OnlyThen()
    {
        var saved = new RecentlySaved(limit: 10, Refresh);
        saved.Saved("conv-1", "snapshot", Start);

        Assert.True(saved.IsFresh("conv-1", "snapshot", Start.AddMinutes(9)));
        Assert.False(saved.IsFresh("conv-1", "changed", Start.AddMinutes(1)));
        Assert.False(saved.IsFresh("conv-1", "snapshot", Start + Refresh));
        Assert.False(saved.IsFresh("conv-2", "snapshot", Start));
    }

    [Fact]
    public void Saved_PastTheLimit_KeepsTheNewestHalf()
    {
        var saved = new RecentlySaved(limit: 4, Refresh);

        for (var i = 1; i <= 5; i++)
            saved.Saved($"conv-{i}", "snapshot", Start.AddSeconds(i));

        Assert.Equal(2, saved.Count);
        Assert.True(saved.IsFresh("conv-5", "snapshot", Start.AddSeconds(6)));
        Assert.True(saved.IsFresh("conv-4", "snapshot", Start.AddSeconds(6)));
        Assert.False(saved.IsFresh("conv-1", "snapshot", Start.AddSeconds(6)));
    }

    [Fact]
    public void Saved_PastTheLimit_ForgetsExpiredEntriesFirst()
    {
        var saved = new RecentlySaved(limit: 4, Refresh);
        saved.Saved("old-1", "snapshot", Start);
        saved.Saved("old-2", "snapshot", Start);
        var later = Start + Refresh + TimeSpan.FromMinutes(1);

        for (var i = 1; i <= 3; i++)
            saved.Saved($"new-{i}", "snapshot", later);

        Assert.Equal(3, saved.Count);
        Assert.All(["new-1", "new-2", "new-3"], key => Assert.True(saved.IsFresh(key, "snapshot", later)));
    }
}
