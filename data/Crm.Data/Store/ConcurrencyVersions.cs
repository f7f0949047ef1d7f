using Crm.Data.Deals;
using Crm.Data.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Crm.Data.Store;

/// <summary>
/// Deals and tickets carry a <c>Version</c> concurrency token. Giving it a new value on every save
/// makes a second writer that read the old row fail with <see cref="DbUpdateConcurrencyException"/>
/// instead of silently overwriting the first writer's change.
/// </summary>
internal static class ConcurrencyVersions
{
    public static void Bump(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
                continue;
            switch (entry.Entity)
            {
                case Deal deal:
                    deal.Version = Guid.NewGuid();
                    break;
                case Ticket ticket:
                    ticket.Version = Guid.NewGuid();
                    break;
            }
        }
    }
}
