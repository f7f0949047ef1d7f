using System.Collections.Immutable;

namespace Crm.Skills.Understanding.Index;

/// <summary>
/// The store's one name index, built once per store version (see <see cref="StoreIndexCache"/>) so a
/// message or a lookup never scans all names. The engine reads exact name keys (accounts, contacts,
/// deals, users, ticket words) and records grouped by account; the Find skill reads <see cref="Names"/>,
/// the fuzzy search over the same records.
/// </summary>
public sealed class StoreIndex
{
    public required IReadOnlyDictionary<string, IndexedAccount> Accounts { get; init; }
    public required IReadOnlyDictionary<string, IndexedContact> Contacts { get; init; }
    /// <summary>Persistent, like <see cref="Tickets"/>: a stage move patches in a new version without copying every deal.</summary>
    public required ImmutableDictionary<string, IndexedDeal> Deals { get; init; }
    public required IReadOnlyDictionary<string, IndexedUser> Users { get; init; }
    public required NameTable AccountNames { get; init; }
    public required NameTable ContactNames { get; init; }
    public required NameTable UserNames { get; init; }
    /// <summary>Deal-name words (minus the account's own name) to deals, for "the ERP deal", "渠道CRM".</summary>
    public required NameTable DealWords { get; init; }
    /// <summary>Chinese surname (first character) to contacts, for 王总, 刘工.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> ContactsBySurname { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> ContactsByAccount { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> DealsByAccount { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> DealsByOwner { get; init; }
    public ImmutableDictionary<string, IndexedTicket> Tickets { get; init; } = ImmutableDictionary.Create<string, IndexedTicket>(StringComparer.Ordinal);
    /// <summary>Title and description words to tickets, for "the SSO ticket", "关于登录的那个工单".</summary>
    public TicketWordIndex TicketWords { get; init; } = new();
    /// <summary>
    /// Fuzzy search by name, alias, partial name, typo or id, for the Find skill. Built on first use from
    /// the rows this index was built from: a process that never calls Find never holds its grams.
    /// </summary>
    public NameSearch Names => LazyNames.Value;

    public Lazy<NameSearch> LazyNames { private get; init; } = new(() => new NameSearch([]));

    /// <summary>The rows <see cref="Names"/> is built from, kept so a patched index can add to them.</summary>
    internal ImmutableList<NameEntry> SearchEntries { get; init; } = [];

    /// <summary>The same index with deals replaced (same ids, names and owners: only their state moved).</summary>
    internal StoreIndex WithDeals(ImmutableDictionary<string, IndexedDeal> deals) => new()
    {
        Accounts = Accounts, Contacts = Contacts, Deals = deals, Users = Users,
        AccountNames = AccountNames, ContactNames = ContactNames, UserNames = UserNames, DealWords = DealWords,
        ContactsBySurname = ContactsBySurname, ContactsByAccount = ContactsByAccount, DealsByAccount = DealsByAccount, DealsByOwner = DealsByOwner,
        // Find's search holds no deal stage, so it carries over as it is.
        Tickets = Tickets, TicketWords = TicketWords, LazyNames = LazyNames, SearchEntries = SearchEntries,
    };

    /// <summary>The same index with new tickets added (nothing else moved: no name of another record changed).</summary>
    internal StoreIndex WithTickets(IReadOnlyList<StoreIndexBuilder.TicketRow> added)
    {
        var tickets = Tickets.SetItems(added.Select(row => KeyValuePair.Create(row.Ticket.Id, row.Ticket)));
        var entries = SearchEntries.AddRange(added.Select(StoreIndexBuilder.SearchEntry));
        return new()
        {
            Accounts = Accounts, Contacts = Contacts, Deals = Deals, Users = Users,
            AccountNames = AccountNames, ContactNames = ContactNames, UserNames = UserNames, DealWords = DealWords,
            ContactsBySurname = ContactsBySurname, ContactsByAccount = ContactsByAccount, DealsByAccount = DealsByAccount, DealsByOwner = DealsByOwner,
            Tickets = tickets,
            TicketWords = TicketWords.With(added.Select(r => (r.Ticket.Id, r.Ticket.Title, r.Description))),
            LazyNames = new Lazy<NameSearch>(() => new NameSearch(entries), LazyThreadSafetyMode.ExecutionAndPublication),
            SearchEntries = entries,
        };
    }

    public IEnumerable<IndexedDeal> OpenDealsOwnedBy(string ownerId) =>
        DealsByOwner.TryGetValue(ownerId, out var ids) ? ids.Select(id => Deals[id]).Where(d => d.IsOpen) : [];

    public IEnumerable<IndexedDeal> OpenDealsOf(string accountId) =>
        DealsByAccount.TryGetValue(accountId, out var ids) ? ids.Select(id => Deals[id]).Where(d => d.IsOpen) : [];

    public IEnumerable<IndexedContact> ContactsOf(string accountId) =>
        ContactsByAccount.TryGetValue(accountId, out var ids) ? ids.Select(id => Contacts[id]) : [];
}
