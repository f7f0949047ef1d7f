using Crm.Bot.Notifications.Sources;

namespace Crm.Bot.Notifications;

public static class NotificationsExtensions
{
    /// <summary>
    /// Proactive notifications (configuration section "Notifications", see <see cref="NotificationOptions"/>):
    /// the sources of each kind, the lease among instances, and the scheduler. The tick is registered even
    /// when <c>Notifications:Enabled</c> is false, so it can be run by hand.
    /// </summary>
    public static IHostApplicationBuilder AddCrmNotifications(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<INotificationSource, TaskDueSource>();
        builder.Services.AddSingleton<INotificationSource, QuietDealSource>();
        builder.Services.AddSingleton<INotificationSource, RenewalSource>();
        builder.Services.AddSingleton<INotificationSource, TicketSlaSource>();
        builder.Services.AddSingleton<INotificationSource, PipelineDigestSource>();
        builder.Services.AddSingleton<SchedulerLeases>();
        builder.Services.AddSingleton<NotificationTick>();
        builder.Services.AddHostedService<NotificationScheduler>();
        return builder;
    }
}
