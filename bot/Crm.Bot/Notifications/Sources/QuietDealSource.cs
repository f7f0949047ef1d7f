using Crm.Data.Deals;
using Crm.Data.Notifications;
using Crm.Data.Users;
using Microsoft.EntityFrameworkCore;

namespace Crm.Bot.Notifications.Sources;

/// <summary>
/// Open deals nobody has touched for <see cref="NotificationOptions.QuietDealDays"/> days (no activity
/// logged on them, no change), to the deal owner. The occasion is the last touch, so a deal that wakes
/// up and goes quiet again is mentioned again.
/// </summary>
internal sealed class QuietDealSource : INotificationSource
{
    public NotificationKind Kind => NotificationKind.StaleDeal;

    public async Task<IReadOnlyList<Notice>> FindAsync(NotificationScan scan, CancellationToken ct) =>
        await QuietAsync(scan, scan.Db.Deals.AsNoTracking().Where(d => d.Stage != DealStage.Won && d.Stage != DealStage.Lost), ct);

    public async Task<Notice?> AgainAsync(NotificationScan scan, string subjectId, User recipient, CancellationToken ct) =>
        (await QuietAsync(scan, scan.Db.Deals.AsNoTracking().Where(d => d.Id == subjectId && d.OwnerId == recipient.Id
            && d.Stage != DealStage.Won && d.Stage != DealStage.Lost), ct)).FirstOrDefault();

    private async Task<IReadOnlyList<Notice>> QuietAsync(NotificationScan scan, IQueryable<Deal> query, CancellationToken ct)
    {
        var deals = await query.ToListAsync(ct);
        var ids = deals.Select(d => d.Id).ToList();
        var lastActivity = await scan.Db.Activities.AsNoTracking()
            .Where(a => a.DealId != null && ids.Contains(a.DealId))
            .GroupBy(a => a.DealId!)
            .Select(g => new { DealId = g.Key, Last = g.Max(a => a.OccurredAt) })
            .ToDictionaryAsync(x => x.DealId, x => x.Last, ct);
        var cutoff = scan.UtcNow.AddDays(-scan.Options.QuietDealDays);
        var quiet = deals
            .Select(d => (Deal: d, Last: Latest(lastActivity.TryGetValue(d.Id, out var a) ? a : null, d.UpdatedAt, d.CreatedAt)))
            .Where(x => x.Last is null || x.Last <= cutoff)
            .Where(x => scan.Users.ContainsKey(x.Deal.OwnerId))
            .ToList();
        var names = await SourceQueries.AccountNamesAsync(scan, quiet.Select(x => x.Deal.AccountId), ct);
        return [.. quiet.Select(x => new Notice(Kind, x.Deal.Id, x.Last is { } last ? $"{last:yyyy-MM-dd}" : "never", scan.Users[x.Deal.OwnerId],
            new QuietDealBody(x.Deal, names.GetValueOrDefault(x.Deal.AccountId, x.Deal.AccountId), x.Last,
                x.Last is { } l ? (int)(scan.UtcNow - l).TotalDays : scan.Options.QuietDealDays)))];
    }

    private static DateTime? Latest(params DateTime?[] instants) => instants.Where(i => i is not null).Max();
}
