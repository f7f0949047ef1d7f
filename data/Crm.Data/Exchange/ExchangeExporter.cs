using Crm.Data.Store;
using Microsoft.EntityFrameworkCore;

namespace Crm.Data.Exchange;

/// <summary>The whole store as an exchange document, each collection ordered by id.</summary>
public static class ExchangeExporter
{
    public static async Task<ExchangeDocument> ExportAsync(CrmDbContext db, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        var users = await db.Users.AsNoTracking().ToListAsync(cancellationToken);
        var accounts = await db.Accounts.AsNoTracking().ToListAsync(cancellationToken);
        var contacts = await db.Contacts.AsNoTracking().ToListAsync(cancellationToken);
        var deals = await db.Deals.AsNoTracking().ToListAsync(cancellationToken);
        var activities = await db.Activities.AsNoTracking().ToListAsync(cancellationToken);
        var tickets = await db.Tickets.AsNoTracking().ToListAsync(cancellationToken);
        var tasks = await db.Tasks.AsNoTracking().ToListAsync(cancellationToken);
        return new ExchangeDocument
        {
            ExportedAt = TruncateToSeconds(clock.GetUtcNow().UtcDateTime),
            Users = [.. users.OrderBy(x => x.Id, StringComparer.Ordinal).Select(x => x.ToExchange())],
            Accounts = [.. accounts.OrderBy(x => x.Id, StringComparer.Ordinal).Select(x => x.ToExchange())],
            Contacts = [.. contacts.OrderBy(x => x.Id, StringComparer.Ordinal).Select(x => x.ToExchange())],
            Deals = [.. deals.OrderBy(x => x.Id, StringComparer.Ordinal).Select(x => x.ToExchange())],
            Activities = [.. activities.OrderBy(x => x.Id, StringComparer.Ordinal).Select(x => x.ToExchange())],
            Tickets = [.. tickets.OrderBy(x => x.Id, StringComparer.Ordinal).Select(x => x.ToExchange())],
            Tasks = [.. tasks.OrderBy(x => x.Id, StringComparer.Ordinal).Select(x => x.ToExchange())],
        };
    }

    private static DateTime TruncateToSeconds(DateTime value) =>
        new(value.Ticks - value.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
}
