using Microsoft.Extensions.Options;

namespace Crm.Bot.Notifications;

/// <summary>
/// Runs <see cref="NotificationTick"/> every <see cref="NotificationOptions.Interval"/> on the injected
/// clock while the host runs. The first tick waits one interval, so a host that starts and stops at once
/// (tests, CLI) sends nothing. A failed tick is logged and the next one tries again.
/// </summary>
internal sealed class NotificationScheduler(NotificationTick tick, TimeProvider time, IOptions<NotificationOptions> options, ILogger<NotificationScheduler> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
            return;
        using var timer = new PeriodicTimer(options.Value.Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await tick.RunAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(exception, "Notification tick failed; the next tick tries again");
            }
        }
    }
}
