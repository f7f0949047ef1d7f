using Crm.Data.Notifications;
using Crm.Data.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Crm.Bot.Notifications;

/// <summary>
/// One sender among several bot instances on one store: a lease row claimed with a single atomic
/// UPDATE … WHERE (expired or already mine), so exactly one instance holds it at a time. The holder
/// renews it every tick; if it stops, another instance takes over once it expires. Works the same on
/// SQLite and PostgreSQL (no advisory locks needed).
/// </summary>
public sealed class SchedulerLeases(IServiceScopeFactory scopes, TimeProvider time, IOptions<NotificationOptions> options)
{
    public const string NotificationsLease = "notifications";

    /// <summary>Configured, or the machine name with a random suffix so two instances on one machine differ.</summary>
    public string InstanceId { get; } = Fit(options.Value.InstanceId is { Length: > 0 } id ? id : $"{Environment.MachineName}-{Guid.NewGuid():N}");

    public async Task<bool> TryClaimAsync(string name, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var until = now + options.Value.LeaseDuration;
        var me = InstanceId;
        var claimed = await db.Set<SchedulerLease>()
            .Where(l => l.Name == name && (l.ExpiresAt <= now || l.Holder == me))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, me).SetProperty(l => l.ExpiresAt, until), ct);
        if (claimed == 1)
            return true;
        if (await db.Set<SchedulerLease>().AnyAsync(l => l.Name == name, ct))
            return false;
        try
        {
            // The first tick ever: whoever inserts the row holds it; the others hit the primary key.
            db.Add(new SchedulerLease { Name = name, Holder = me, ExpiresAt = until });
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }

    /// <summary>The holder column is 100 characters; the end of the name (the random suffix) is what tells instances apart.</summary>
    private static string Fit(string id) => id.Length <= 100 ? id : id[^100..];
}
