using Crm.Data.Deals;
using Crm.Data.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Crm.Data.Store;

/// <summary>
/// Deals and tickets carry a <c>Version</c> concurrency token. Giving it a new value on every save
/// makes a second writer that read the old row fail with <see cref="DbUpdateConcurrencyException"/>
/// instead of silently overwriting the first writer's change. A version the caller set on purpose
/// (undo puts the old one back) is left alone.
/// </summary>
internal static class ConcurrencyVersions
{
    public static void Bump(ChangeTracker tracker)
    {
        if (tracker.AutoDetectChangesEnabled)
            tracker.DetectChanges();
        foreach (var entry in tracker.Entries())
        {
            if (entry.Entity is not (Deal or Ticket))
                continue;
            var version = entry.Property(nameof(Deal.Version));
            var bump = entry.State switch
            {
                EntityState.Added => (Guid)version.CurrentValue! == Guid.Empty,
                EntityState.Modified => !version.IsModified,
                _ => false,
            };
            if (bump)
                version.CurrentValue = Guid.NewGuid();
        }
    }
}
