using Crm.Data.Accounts;
using Crm.Data.Notifications;
using Crm.Data.Users;
using Microsoft.EntityFrameworkCore;

namespace Crm.Bot.Notifications.Sources;

/// <summary>
/// Contracts ending in 30, 15 and 7 days (configurable), to the account owner. A step missed while the
/// bot was down is sent late rather than never (10 days left still gets the 15-day reminder); the
/// contract's end date is part of the occasion, so next year's renewal is reminded again.
/// </summary>
internal sealed class RenewalSource : INotificationSource
{
    public NotificationKind Kind => NotificationKind.Renewal;

    public async Task<IReadOnlyList<Notice>> FindAsync(NotificationScan scan, CancellationToken ct)
    {
        var (from, to) = SourceQueries.AroundToday(scan, scan.Options.RenewalDays.DefaultIfEmpty(0).Max());
        var accounts = await scan.Db.Accounts.AsNoTracking()
            .Where(a => a.Status != AccountStatus.Churned && a.ContractEnd >= from && a.ContractEnd <= to)
            .ToListAsync(ct);
        return [.. accounts.Select(a => Notice(scan, a)).OfType<Notice>()];
    }

    public async Task<Notice?> AgainAsync(NotificationScan scan, string subjectId, User recipient, CancellationToken ct)
    {
        var account = await scan.Db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == subjectId && a.OwnerId == recipient.Id, ct);
        return account is null ? null : Notice(scan, account);
    }

    private Notice? Notice(NotificationScan scan, Account account)
    {
        if (account.ContractEnd is not { } end || !scan.Users.TryGetValue(account.OwnerId, out var owner))
            return null;
        var left = end.DayNumber - scan.Today(owner).DayNumber;
        var step = scan.Options.RenewalDays.Where(d => d >= left).DefaultIfEmpty(-1).Min();
        if (left < 0 || step < 0)
            return null;
        return new Notice(Kind, account.Id, $"{end:yyyy-MM-dd}:{step}d", owner, new RenewalBody(account, left));
    }
}
