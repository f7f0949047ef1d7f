using System.Collections.Concurrent;
using Crm.Bot.Protocol;
using Crm.Data.Channels;
using Crm.Data.Store;
using Microsoft.EntityFrameworkCore;

namespace Crm.Bot.Teams;

/// <summary>
/// At-most-once turns (the Connector retries, ACT A2033 says receivers must not rely on ids, so we do it):
/// an activity id is claimed in memory as it arrives and recorded in the store before the turn runs;
/// a retry, even after a restart, is acknowledged without running again.
/// </summary>
public sealed class ProcessedActivities(IServiceScopeFactory scopes, TimeProvider time)
{
    private const int MemoryLimit = 20_000;
    private readonly ConcurrentDictionary<string, byte> seen = new(StringComparer.Ordinal);

    /// <summary>False when this activity was seen before (in this process or in the store).</summary>
    public async Task<bool> TryClaimAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(activity.Id))
        {
            return true;
        }
        var key = KeyOf(activity);
        if (seen.Count > MemoryLimit)
        {
            // The store is the real record; the memory only spares it the common, immediate retries.
            seen.Clear();
        }
        if (!seen.TryAdd(key, 0))
        {
            return false;
        }
        if (activity.Type is ActivityTypes.Message or ActivityTypes.Invoke)
        {
            // A turn records its activity (RecordAsync) before it runs, and that insert fails for one already
            // recorded: reading the store here as well would only cost every message a query.
            return true;
        }
        return !await IsRecordedAsync(activity, cancellationToken);
    }

    /// <summary>Forgets an in-memory claim whose processing failed before anything was recorded, so a retry runs.</summary>
    public void Release(Activity activity)
    {
        if (!string.IsNullOrEmpty(activity.Id))
        {
            seen.TryRemove(KeyOf(activity), out _);
        }
    }

    /// <summary>
    /// Records the claim in the store; false if another instance recorded it first. Saves through the turn's
    /// own context, which has nothing else to save yet: the turn has not started.
    /// </summary>
    public async Task<bool> RecordAsync(CrmDbContext db, Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(activity.Id))
        {
            return true;
        }
        var record = db.Set<ProcessedActivity>().Add(new ProcessedActivity
        {
            Key = KeyOf(activity),
            ChannelId = activity.ChannelId ?? "",
            ConversationId = activity.Conversation?.Id ?? "",
            ActivityId = activity.Id,
            ProcessedAt = time.GetUtcNow().UtcDateTime,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            record.State = EntityState.Detached;
            // Recorded already, by a retry that overtook this one or by another instance? Any other
            // failure is the store's, and goes up, so the Connector is asked to retry (503).
            if (await IsRecordedAsync(activity, cancellationToken))
            {
                return false;
            }
            throw;
        }
    }

    /// <summary>
    /// Deletes the records of activities processed before <paramref name="retention"/> ago: the Connector
    /// retries for minutes, so older ids will not come back and need not be kept. Returns how many went.
    /// </summary>
    public async Task<int> PruneAsync(TimeSpan retention, CancellationToken cancellationToken)
    {
        var cutoff = (time.GetUtcNow() - retention).UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        // Bookkeeping, not CRM data: a bulk delete with no audit or undo (STYLE §17).
        return await db.Set<ProcessedActivity>().Where(p => p.ProcessedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }

    private async Task<bool> IsRecordedAsync(Activity activity, CancellationToken cancellationToken)
    {
        var key = KeyOf(activity);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        return await db.Set<ProcessedActivity>().AnyAsync(p => p.Key == key, cancellationToken);
    }

    private static string KeyOf(Activity activity) => ActivityKeys.Of(activity.ChannelId, activity.Conversation?.Id, activity.Id);
}
