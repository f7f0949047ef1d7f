using Crm.Data.Store;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Find;

/// <summary>Reads the named records the index holds: only ids, names and account ids, never whole rows.</summary>
internal static class NameSources
{
    public static readonly HashSet<string> Entities = ["accounts", "contacts", "deals", "tickets"];

    public static async Task<List<NameEntry>> AllAsync(CrmDbContext db, CancellationToken ct) =>
        await ReadAsync(db, null, ct);

    public static async Task<List<NameEntry>> SomeAsync(CrmDbContext db, IReadOnlyCollection<(string Entity, string Id)> keys, CancellationToken ct) =>
        await ReadAsync(db, keys, ct);

    private static async Task<List<NameEntry>> ReadAsync(CrmDbContext db, IReadOnlyCollection<(string Entity, string Id)>? keys, CancellationToken ct)
    {
        List<string>? Ids(string entity) => keys?.Where(k => k.Entity == entity).Select(k => k.Id).ToList();
        var entries = new List<NameEntry>();
        var accountIds = Ids("accounts");
        if (accountIds is not { Count: 0 })
        {
            var accounts = await db.Accounts.AsNoTracking().IgnoreAutoIncludes()
                .Where(a => accountIds == null || accountIds.Contains(a.Id)).Select(a => new { a.Id, a.Name, a.City }).ToListAsync(ct);
            var aliases = (await db.AccountAliases.AsNoTracking()
                .Where(a => accountIds == null || accountIds.Contains(a.AccountId)).Select(a => new { a.AccountId, a.Alias }).ToListAsync(ct))
                .ToLookup(a => a.AccountId, a => a.Alias);
            entries.AddRange(accounts.Select(a => new NameEntry("accounts", a.Id, a.Name, a.Id, a.City, [a.Name, .. aliases[a.Id]])));
        }
        var contactIds = Ids("contacts");
        if (contactIds is not { Count: 0 })
        {
            var contacts = await db.Contacts.AsNoTracking().Where(c => contactIds == null || contactIds.Contains(c.Id))
                .Select(c => new { c.Id, c.Name, c.AccountId, c.Title }).ToListAsync(ct);
            entries.AddRange(contacts.Select(c => new NameEntry("contacts", c.Id, c.Name, c.AccountId, c.Title, [c.Name])));
        }
        var dealIds = Ids("deals");
        if (dealIds is not { Count: 0 })
        {
            var deals = await db.Deals.AsNoTracking().Where(d => dealIds == null || dealIds.Contains(d.Id))
                .Select(d => new { d.Id, d.Name, d.AccountId }).ToListAsync(ct);
            entries.AddRange(deals.Select(d => new NameEntry("deals", d.Id, d.Name, d.AccountId, null, [d.Name])));
        }
        var ticketIds = Ids("tickets");
        if (ticketIds is not { Count: 0 })
        {
            var tickets = await db.Tickets.AsNoTracking().IgnoreAutoIncludes().Where(t => ticketIds == null || ticketIds.Contains(t.Id))
                .Select(t => new { t.Id, t.Title, t.AccountId }).ToListAsync(ct);
            entries.AddRange(tickets.Select(t => new NameEntry("tickets", t.Id, t.Title, t.AccountId, null, [t.Title])));
        }
        return entries;
    }
}

/// <summary>One named record: what it is, its names (name and aliases) and the account it belongs to.</summary>
public sealed record NameEntry(string Entity, string Id, string Name, string AccountId, string? Detail, IReadOnlyList<string> Names);

/// <summary>A candidate and how well it fits; <see cref="MatchedName"/> is the name or alias that fit best.</summary>
public sealed record NameHit(NameEntry Entry, string MatchedName, double Score);
