using Crm.Bot.Notifications.Cards;
using Crm.Bot.Notifications.Sources;
using Crm.Bot.Teams;
using Crm.Data.Store;
using Microsoft.Extensions.Options;

namespace Crm.Bot.Notifications;

/// <summary>
/// One pass of the scheduler: if this instance holds the lease, find every notice that is due, keep
/// those the recipient wants now (kind on, working hours, not snoozed, reachable), claim each one in the
/// store and only then send it. Tests call <see cref="RunAsync"/> directly with a fixed clock.
/// </summary>
internal sealed class NotificationTick(
    IServiceScopeFactory scopes,
    IEnumerable<INotificationSource> sources,
    SchedulerLeases leases,
    ProactiveMessages proactive,
    TimeProvider time,
    IOptions<NotificationOptions> options,
    ILogger<NotificationTick> logger)
{
    private readonly DeliveryClaims claims = new(scopes, time);

    /// <returns>How many notifications this instance sent.</returns>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        if (!await leases.TryClaimAsync(SchedulerLeases.NotificationsLease, ct))
            return 0;
        await using var scope = scopes.CreateAsyncScope();
        var scan = await NotificationScan.LoadAsync(scope.ServiceProvider.GetRequiredService<CrmDbContext>(), time.GetUtcNow().UtcDateTime, options.Value, ct);
        var sent = 0;
        foreach (var source in sources)
        {
            foreach (var notice in await source.FindAsync(scan, ct))
                sent += await DeliverAsync(scan, notice, ct) ? 1 : 0;
            foreach (var (user, subject, until) in scan.SnoozesDue(source.Kind).ToList())
                if (await source.AgainAsync(scan, subject, user, ct) is { } again)
                    sent += await DeliverAsync(scan, again.Again(until), ct) ? 1 : 0;
        }
        return sent;
    }

    private async Task<bool> DeliverAsync(NotificationScan scan, Notice notice, CancellationToken ct)
    {
        if (!scan.Ready(notice.Kind, notice.Recipient) || scan.Snoozed(notice))
            return false;
        var reference = (notice.ChannelConversationId is { } channel ? await proactive.FindConversationAsync(channel, ct) : null)
            ?? await proactive.FindPersonalAsync(notice.Recipient.Id, ct);
        // Someone who never talked to the bot cannot be reached; they are not counted as notified.
        if (reference is null || !await claims.TryClaimAsync(notice, leases.InstanceId, ct))
            return false;
        if (!await proactive.SendAsync(reference, NotificationCards.Render(notice), ct))
            return false;
        await claims.MarkSentAsync(notice, ct);
        logger.LogInformation("Sent {Kind} notification about {SubjectId} to {UserId}", notice.Kind, notice.SubjectId, notice.Recipient.Id);
        return true;
    }
}
