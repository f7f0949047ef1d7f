using System.Collections.Immutable;
using Crm.Data.Store;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Understanding.Index;

/// <summary>Reads the names understanding needs from the store, once, into a <see cref="StoreIndex"/>.</summary>
public static class StoreIndexBuilder
{
    private static readonly HashSet<string> GenericDealWords = new(StringComparer.Ordinal)
    {
        "deal", "project", "the", "and", "of", "for", "new", "phase", "项目", "系统", "管理", "平台", "单子",
    };

    public static async Task<StoreIndex> BuildAsync(CrmDbContext db, CancellationToken ct)
    {
        var accounts = await db.Accounts.AsNoTracking()
            .Select(a => new AccountRow(a.Id, a.Name, a.OwnerId, a.Currency, a.City, a.Aliases.Select(x => x.Alias).ToList()))
            .ToListAsync(ct);
        var contacts = await db.Contacts.AsNoTracking().Select(c => new IndexedContact(c.Id, c.AccountId, c.Name) { Title = c.Title }).ToListAsync(ct);
        var deals = await db.Deals.AsNoTracking()
            .Select(d => new IndexedDeal(d.Id, d.AccountId, d.Name, d.OwnerId, d.Stage, d.Currency) { Amount = d.Amount, CloseDate = d.CloseDate, NextStep = d.NextStep, NextStepDue = d.NextStepDue }).ToListAsync(ct);
        var users = await db.Users.AsNoTracking()
            .Select(u => new IndexedUser(u.Id, u.Name, u.Role, u.Team, u.ManagerId, u.TimeZone, u.Locale) { Email = u.Email }).ToListAsync(ct);
        var tickets = await db.Tickets.AsNoTracking().IgnoreAutoIncludes()
            .Select(t => new TicketRow(new IndexedTicket(t.Id, t.AccountId, t.Title, t.Status, t.AssigneeId, t.CreatedById, t.Priority), t.Description)).ToListAsync(ct);
        return Build(accounts, contacts, deals, users, tickets);
    }

    /// <summary>Builds the index from rows already in memory (the store's, or a benchmark's).</summary>
    public static StoreIndex Build(List<AccountRow> accounts, List<IndexedContact> contacts, List<IndexedDeal> deals, List<IndexedUser> users,
        List<TicketRow>? tickets = null)
    {
        tickets ??= [];
        var ticketWords = new TicketWordIndex().With(tickets.Select(row => (row.Ticket.Id, row.Ticket.Title, row.Description)));
        var entries = SearchEntries(accounts, contacts, deals, tickets).ToImmutableList();
        var accountNames = new NameTable();
        var accountWords = new Dictionary<string, HashSet<string>>();
        foreach (var a in accounts)
        {
            var words = accountWords[a.Id] = [];
            foreach (var name in a.Aliases.Prepend(a.Name))
                foreach (var (variant, quality) in NameVariants.ForAccount(name, a.City))
                {
                    accountNames.Add(variant, a.Id, name == a.Name ? quality : Math.Min(quality, 0.98));
                    words.UnionWith(NameText.Tokens(variant));
                }
        }
        return new StoreIndex
        {
            Accounts = accounts.ToDictionary(a => a.Id, a => new IndexedAccount(a.Id, a.Name, a.OwnerId, a.Currency)),
            Contacts = contacts.ToDictionary(c => c.Id),
            Deals = deals.ToImmutableDictionary(d => d.Id, StringComparer.Ordinal),
            Users = users.ToDictionary(u => u.Id),
            AccountNames = accountNames,
            ContactNames = PersonNames(contacts.Select(c => (c.Id, c.Name))),
            UserNames = UserNames(users),
            DealWords = DealWordTable(deals, accountWords),
            ContactsBySurname = Surnames(contacts),
            ContactsByAccount = contacts.GroupBy(c => c.AccountId).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(c => c.Id)]),
            DealsByOwner = deals.GroupBy(d => d.OwnerId).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(d => d.Id)]),
            DealsByAccount = deals.GroupBy(d => d.AccountId).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(d => d.Id)]),
            Tickets = tickets.ToImmutableDictionary(t => t.Ticket.Id, t => t.Ticket, StringComparer.Ordinal),
            TicketWords = ticketWords,
            LazyNames = new Lazy<NameSearch>(() => new NameSearch(entries), LazyThreadSafetyMode.ExecutionAndPublication),
            SearchEntries = entries,
        };
    }

    private static IEnumerable<NameEntry> SearchEntries(List<AccountRow> accounts, List<IndexedContact> contacts, List<IndexedDeal> deals, List<TicketRow> tickets) =>
        accounts.Select(a => new NameEntry("accounts", a.Id, a.Name, a.Id, a.City, [a.Name, .. a.Aliases]))
            .Concat(contacts.Select(c => new NameEntry("contacts", c.Id, c.Name, c.AccountId, c.Title, [c.Name])))
            .Concat(deals.Select(d => new NameEntry("deals", d.Id, d.Name, d.AccountId, null, [d.Name])))
            .Concat(tickets.Select(SearchEntry));

    internal static NameEntry SearchEntry(TicketRow t) => new("tickets", t.Ticket.Id, t.Ticket.Title, t.Ticket.AccountId, null, [t.Ticket.Title]);

    /// <summary>An account as read for indexing: its names and the city that may prefix a Chinese name.</summary>
    public sealed record AccountRow(string Id, string Name, string OwnerId, string Currency, string? City, IReadOnlyList<string> Aliases);

    /// <summary>A ticket as read for indexing: what understanding keeps, and the description only its words are kept of.</summary>
    public sealed record TicketRow(IndexedTicket Ticket, string? Description);

    /// <summary>One- and two-character surnames (王, 欧阳) of Chinese contacts.</summary>
    private static Dictionary<string, IReadOnlyList<string>> Surnames(List<IndexedContact> contacts) =>
        contacts.Where(c => c.Name.Length >= 2 && NameText.IsCjk(c.Name[0]))
            .SelectMany(c => c.Name.Length >= 3 ? new[] { (Key: c.Name[..1], c.Id), (Key: c.Name[..2], c.Id) } : [(Key: c.Name[..1], c.Id)])
            .GroupBy(x => x.Key).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(x => x.Id)]);

    /// <summary>
    /// Colleagues by their names, and one stored in Chinese characters also by the Latin spelling of it: English speakers
    /// write 王芳 as "Wang Fang" ("hand T-503 over to Wang Fang").
    /// </summary>
    private static NameTable UserNames(List<IndexedUser> users)
    {
        var table = PersonNames(users.Select(u => (u.Id, u.Name)));
        foreach (var user in users)
            if (RomanisedName.Of(user.Name, user.Email) is { } latin)
                table.Add(latin, user.Id, 1.0);
        return table;
    }

    private static NameTable PersonNames(IEnumerable<(string Id, string Name)> people)
    {
        var table = new NameTable();
        foreach (var (id, name) in people)
        {
            table.Add(name, id, 1.0);
            if (NameText.HasCjk(name))
                continue;
            var tokens = NameText.Tokens(name);
            if (tokens.Length < 2)
                continue;
            table.Add(tokens[0], id, 0.8);
            table.Add(tokens[^1], id, 0.6);
        }
        return table;
    }

    private static NameTable DealWordTable(List<IndexedDeal> deals, Dictionary<string, HashSet<string>> accountWords)
    {
        var table = new NameTable();
        foreach (var deal in deals)
        {
            var own = accountWords.TryGetValue(deal.AccountId, out var w) ? w : [];
            var tokens = NameText.Tokens(deal.Name);
            for (var t = 0; t < tokens.Length; t++)
            {
                var token = tokens[t];
                if (own.Contains(token) || GenericDealWords.Contains(token))
                    continue;
                if (!NameText.HasCjk(token))
                {
                    if (token.Length >= 2 && !NameVariants.CommonWords.Contains(token))
                        table.Add(token, deal.Id, 1.0);
                    else if (t + 1 < tokens.Length && !NameText.HasCjk(tokens[t + 1]))
                        // "add-on" is found as "add on", though neither word alone names the deal.
                        table.Add($"{token} {tokens[t + 1]}", deal.Id, 1.0);
                    continue;
                }
                for (var len = token.Length; len >= 2; len--)
                    for (var i = 0; i + len <= token.Length; i++)
                    {
                        var part = token.Substring(i, len);
                        if (!GenericDealWords.Contains(part))
                            table.Add(part, deal.Id, len == token.Length ? 1.0 : 0.8);
                    }
            }
        }
        return table;
    }
}
