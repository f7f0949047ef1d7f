using Crm.Data.Channels;
using Crm.Data.Conversations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Crm.Data.Store;

/// <summary>
/// Saves of the bot's bookkeeping rows (processed activities, conversation state and references): the rows every
/// message writes besides its CRM changes, and the only rows a message that only reads writes at all.
/// </summary>
public static class BookkeepingSaves
{
    private static readonly HashSet<Type> Bookkeeping = [typeof(ProcessedActivity), typeof(ConversationStateEntry), typeof(ConversationReference)];

    /// <summary>
    /// Saves the context's pending changes, as <c>SaveChangesAsync</c> does and with the same exceptions. On a SQLite
    /// file, outside a transaction and with nothing but bookkeeping rows pending, the rows are committed together with
    /// other turns' bookkeeping in one transaction (<see cref="SqliteSaveBatch"/>); if that transaction fails, this
    /// context saves on its own, and meets the failure itself.
    /// </summary>
    public static Task SaveBookkeepingAsync(this CrmDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null && SqliteSaveBatch.For(db) is { } batch && PendingBookkeeping(db) is { Count: > 0 } rows)
            return batch.SaveAsync(db, rows, cancellationToken);
        return db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Copies of the context's pending rows (the batch tracks copies, never the turn's own objects); null if any is not bookkeeping.</summary>
    private static List<PendingRow>? PendingBookkeeping(DbContext db)
    {
        var rows = new List<PendingRow>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
                continue;
            if (!Bookkeeping.Contains(entry.Metadata.ClrType))
                return null;
            var modified = entry.State == EntityState.Modified
                ? entry.Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name).ToArray()
                : [];
            var original = entry.State == EntityState.Added ? null : entry.OriginalValues.Clone();
            rows.Add(new PendingRow(entry.CurrentValues.ToObject(), entry.State, original, modified));
        }
        return rows;
    }
}

/// <summary>A copy of one pending row: its values, its state, its values as loaded (unless new) and, if modified, which properties changed.</summary>
internal sealed record PendingRow(object Entity, EntityState State, PropertyValues? Original, string[] Modified);
