using Crm.Data.Notifications;
using Crm.Data.Tasks;
using Crm.Data.Users;
using Microsoft.EntityFrameworkCore;

namespace Crm.Bot.Notifications.Sources;

/// <summary>Open tasks due today on their owner's clock, to the owner.</summary>
internal sealed class TaskDueSource : INotificationSource
{
    public NotificationKind Kind => NotificationKind.TaskDue;

    public async Task<IReadOnlyList<Notice>> FindAsync(NotificationScan scan, CancellationToken ct)
    {
        var (from, to) = SourceQueries.AroundToday(scan);
        var tasks = await scan.Db.Tasks.AsNoTracking()
            .Where(t => t.Status == CrmTaskStatus.Open && t.DueAt >= from && t.DueAt <= to)
            .ToListAsync(ct);
        var due = tasks.Where(t => scan.Users.TryGetValue(t.OwnerId, out var owner) && t.DueAt == scan.Today(owner)).ToList();
        var names = await SourceQueries.AccountNamesAsync(scan, due.Select(t => t.AccountId), ct);
        return [.. due.Select(t => Notice(t, scan.Users[t.OwnerId], names))];
    }

    public async Task<Notice?> AgainAsync(NotificationScan scan, string subjectId, User recipient, CancellationToken ct)
    {
        var task = await scan.Db.Tasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == subjectId && t.OwnerId == recipient.Id && t.Status == CrmTaskStatus.Open, ct);
        return task is null ? null : Notice(task, recipient, await SourceQueries.AccountNamesAsync(scan, [task.AccountId], ct));
    }

    private Notice Notice(CrmTask task, User owner, Dictionary<string, string> names) =>
        new(Kind, task.Id, $"{task.DueAt:yyyy-MM-dd}", owner, new TaskDueBody(task, task.AccountId is { } id ? names.GetValueOrDefault(id) : null));
}
