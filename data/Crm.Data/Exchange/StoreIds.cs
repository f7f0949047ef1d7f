using Crm.Data.Store;
using Microsoft.EntityFrameworkCore;

namespace Crm.Data.Exchange;

/// <summary>The ids already in the store, per collection: what a file may refer to and must not reuse.</summary>
public sealed record StoreIds(
    IReadOnlySet<string> Users, IReadOnlySet<string> Accounts, IReadOnlySet<string> Contacts, IReadOnlySet<string> Deals,
    IReadOnlySet<string> Activities, IReadOnlySet<string> Tickets, IReadOnlySet<string> Tasks)
{
    public static readonly StoreIds None = new(
        new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), new HashSet<string>(),
        new HashSet<string>(), new HashSet<string>(), new HashSet<string>());

    public static async Task<StoreIds> LoadAsync(CrmDbContext db, CancellationToken cancellationToken) => new(
        await Set(db.Users.Select(x => x.Id), cancellationToken),
        await Set(db.Accounts.IgnoreAutoIncludes().Select(x => x.Id), cancellationToken),
        await Set(db.Contacts.Select(x => x.Id), cancellationToken),
        await Set(db.Deals.Select(x => x.Id), cancellationToken),
        await Set(db.Activities.Select(x => x.Id), cancellationToken),
        await Set(db.Tickets.IgnoreAutoIncludes().Select(x => x.Id), cancellationToken),
        await Set(db.Tasks.Select(x => x.Id), cancellationToken));

    private static async Task<IReadOnlySet<string>> Set(IQueryable<string> ids, CancellationToken cancellationToken) =>
        (await ids.ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
}
