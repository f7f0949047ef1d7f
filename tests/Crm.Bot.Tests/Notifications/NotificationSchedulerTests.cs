using Crm.Bot.Tests.Teams;
using Crm.Data.Tasks;

namespace Crm.Bot.Tests.Notifications;

/// <summary>The hosted scheduler itself: switched on by configuration, it ticks on its own and sends.</summary>
public sealed class NotificationSchedulerTests : TeamsTestContext
{
    protected override (string Key, string? Value)[] Settings => [("Notifications:Enabled", "true"), ("Notifications:Interval", "00:00:01")];

    [Fact]
    public async Task EnabledScheduler_TaskDueInWorkingHours_SendsWithoutBeingDrivenAndOnlyOnce()
    {
        await SendAsync(TeamsActivities.Personal(Sink.ServiceUrl, "hello"));
        await Sink.WaitForMessagesAsync(1);

        await Bot.SeedRowsAsync(new CrmTask { Id = "TSK-1", Title = "Confirm the delivery slot", OwnerId = "U-T1", DueAt = new DateOnly(2026, 11, 18) });

        var sent = await Sink.WaitForMessagesAsync(2);
        Assert.Contains("Confirm the delivery slot", sent[1].Body!.Value.GetRawText(), StringComparison.Ordinal);
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        Assert.Equal(2, Sink.Messages.Count);
    }
}
