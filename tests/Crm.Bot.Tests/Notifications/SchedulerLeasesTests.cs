using Crm.Bot.Notifications;
using Crm.Bot.Tests.Teams;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Crm.Bot.Tests.Notifications;

/// <summary>The scheduler lease on the store: one holder at a time, renewed by it, taken over only after it expires.</summary>
public sealed class SchedulerLeasesTests : TeamsTestContext
{
    [Fact]
    public async Task Lease_HeldByOneInstance_OtherWaitsUntilItExpires()
    {
        var a = Lease("instance-a");
        var b = Lease("instance-b");

        Assert.True(await a.TryClaimAsync("job", default));
        Assert.False(await b.TryClaimAsync("job", default));
        Bot.Clock.Now += TimeSpan.FromMinutes(4);
        Assert.True(await a.TryClaimAsync("job", default));
        Bot.Clock.Now += TimeSpan.FromMinutes(4);
        Assert.False(await b.TryClaimAsync("job", default));
        Bot.Clock.Now += TimeSpan.FromMinutes(2);

        Assert.True(await b.TryClaimAsync("job", default));
        Assert.False(await a.TryClaimAsync("job", default));
        Assert.True(await a.TryClaimAsync("other-job", default));
    }

    private SchedulerLeases Lease(string id) => new(
        Bot.Services.GetRequiredService<IServiceScopeFactory>(), Bot.Clock,
        Options.Create(new NotificationOptions { InstanceId = id, LeaseDuration = TimeSpan.FromMinutes(5) }));
}
