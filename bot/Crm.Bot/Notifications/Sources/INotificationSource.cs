using Crm.Data.Notifications;
using Crm.Data.Users;
using Microsoft.EntityFrameworkCore;

namespace Crm.Bot.Notifications.Sources;

/// <summary>Finds what one kind of notification should say now, and to whom.</summary>
internal interface INotificationSource
{
    NotificationKind Kind { get; }

    /// <summary>Every notice of this kind that is due now (the tick decides which may go out).</summary>
    Task<IReadOnlyList<Notice>> FindAsync(NotificationScan scan, CancellationToken ct);

    /// <summary>A snoozed notice whose day has come, or null when its subject no longer needs it (task done, ticket solved).</summary>
    Task<Notice?> AgainAsync(NotificationScan scan, string subjectId, User recipient, CancellationToken ct);
}

internal static class SourceQueries
{
    /// <summary>Every time zone's "today" is within a day of UTC's: the coarse window for date columns.</summary>
    public static (DateOnly From, DateOnly To) AroundToday(NotificationScan scan, int extraDays = 0)
    {
        var utc = DateOnly.FromDateTime(scan.UtcNow);
        return (utc.AddDays(-1), utc.AddDays(1 + extraDays));
    }

    public static async Task<Dictionary<string, string>> AccountNamesAsync(NotificationScan scan, IEnumerable<string?> ids, CancellationToken ct)
    {
        var wanted = ids.OfType<string>().Distinct().ToList();
        return await scan.Db.Accounts.AsNoTracking().Where(a => wanted.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
    }
}
