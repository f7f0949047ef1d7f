using System.Collections.Concurrent;
using Crm.Bot.Hosting;
using Crm.Bot.Protocol;
using Crm.Data.Channels;
using Crm.Data.Store;
using Microsoft.EntityFrameworkCore;

namespace Crm.Bot.Teams;

/// <summary>
/// At-most-once turns (the Connector retries, ACT A2033 says receivers must not rely on ids, so we do it):
/// an activity id is claimed in memory as it arrives, looked up in the store as its turn starts, and
/// recorded with the turn's writes; a retry, even after a restart, is acknowledged without running again.
/// </summary>
public sealed class ProcessedActivities(IServiceScopeFactory scopes, TimeProvider time)
{
    private const int MemoryLimit = 20_000;
    private readonly ConcurrentDictionary<string, byte> seen = new(StringComparer.Ordinal);
    private readonly OccasionalCheck sizeCheck = new(1_000);

    /// <summary>False when this activity was seen before (in this process or in the store).</summary>
    public async Task<bool> TryClaimAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(activity.Id))
        {
            return true;
        }
        var key = KeyOf(activity);
        if (sizeCheck.IsDue() && seen.Count > MemoryLimit)
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
            // A turn looks its activity up in the store as it starts (BeginAsync): reading it here as well
            // would only cost every message a second query.
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

    // Compiled: this lookup runs on every message.
    private static readonly PerModelQuery<Func<CrmDbContext, string, CancellationToken, Task<bool>>> IsRecorded = new(() =>
        EF.CompileAsyncQuery((CrmDbContext db, string key, CancellationToken _) => db.Set<ProcessedActivity>().Any(p => p.Key == key)));

    /// <summary>
    /// Starts recording a turn's activity: false when the store has it already (a retry after a restart, or
    /// one another instance took). Otherwise the record joins the turn's own context unsaved, and goes to
    /// the store with the turn's first save: inside the message's transaction when the turn writes, so its
    /// writes and its record commit together, or with its conversation state. One write to the store per
    /// turn fewer: on SQLite every write waits for the store's one write lock.
    /// </summary>
    public async Task<bool> BeginAsync(CrmDbContext db, Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(activity.Id))
        {
            return true;
        }
        var key = KeyOf(activity);
        if (await IsRecorded.For(db)(db, key, cancellationToken))
        {
            return false;
        }
        db.Add(NewRecord(activity));
        return true;
    }

    /// <summary>
    /// Saves the turn's record unless one of the turn's saves took it: a turn that saved nothing, or whose
    /// writes were rolled back (the record is then pending again, see ChangeWriter), saves it here. False if
    /// another instance recorded the activity meanwhile; any other store failure goes up, so the Connector
    /// is asked to retry (503).
    /// </summary>
    public async Task<bool> CompleteAsync(CrmDbContext db, Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(activity.Id))
        {
            return true;
        }
        var key = KeyOf(activity);
        if (db.ChangeTracker.Entries<ProcessedActivity>().Any(e => e.Entity.Key == key && e.State == EntityState.Unchanged))
        {
            return true;
        }
        // The turn is over: anything else it left unsaved (after a failure, say) was never meant to be written.
        db.ChangeTracker.Clear();
        var entry = db.Add(NewRecord(activity));
        try
        {
            await db.SaveBookkeepingAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            entry.State = EntityState.Detached;
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

    private ProcessedActivity NewRecord(Activity activity) => new()
    {
        Key = KeyOf(activity),
        ChannelId = activity.ChannelId ?? "",
        ConversationId = activity.Conversation?.Id ?? "",
        ActivityId = activity.Id!,
        ProcessedAt = time.GetUtcNow().UtcDateTime,
    };

    private static string KeyOf(Activity activity) => ActivityKeys.Of(activity.ChannelId, activity.Conversation?.Id, activity.Id);
}
