using Crm.Data.Notifications;
using Crm.Data.Store;
using Microsoft.EntityFrameworkCore;

namespace Crm.Bot.Notifications;

/// <summary>
/// Records a notice before it is sent: the insert of its key either succeeds (ours to send) or hits the
/// primary key (already claimed, by this or another instance). Claiming first makes delivery at most
/// once even if two instances ever tick together; a send that fails afterwards is not retried.
/// </summary>
internal sealed class DeliveryClaims(IServiceScopeFactory scopes, TimeProvider time)
{
    public async Task<bool> TryClaimAsync(Notice notice, string instanceId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var key = notice.Key;
        if (await db.Set<NotificationDelivery>().AnyAsync(d => d.Key == key, ct))
            return false;
        db.Add(new NotificationDelivery
        {
            Key = key, Kind = notice.Kind, UserId = notice.Recipient.Id, SubjectId = notice.SubjectId,
            ClaimedBy = instanceId, ClaimedAt = time.GetUtcNow().UtcDateTime,
        });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }

    public async Task MarkSentAsync(Notice notice, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var key = notice.Key;
        var now = time.GetUtcNow().UtcDateTime;
        await db.Set<NotificationDelivery>().Where(d => d.Key == key).ExecuteUpdateAsync(s => s.SetProperty(d => d.SentAt, now), ct);
    }
}
