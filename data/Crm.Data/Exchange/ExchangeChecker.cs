namespace Crm.Data.Exchange;

/// <summary>
/// Checks what a single record cannot: ids unique within the file and new to the store, and every
/// reference pointing at a record in the file or already in the store.
/// </summary>
internal sealed class ExchangeChecker
{
    private readonly List<ImportProblem> problems = [];
    private readonly Dictionary<string, HashSet<string>> known = [];

    private ExchangeChecker(ExchangeDocument document, StoreIds store)
    {
        Ids("users", document.Users.Select(x => x.Id), store.Users);
        Ids("accounts", document.Accounts.Select(x => x.Id), store.Accounts);
        Ids("contacts", document.Contacts.Select(x => x.Id), store.Contacts);
        Ids("deals", document.Deals.Select(x => x.Id), store.Deals);
        Ids("activities", document.Activities.Select(x => x.Id), store.Activities);
        Ids("tickets", document.Tickets.Select(x => x.Id), store.Tickets);
        Ids("tasks", document.Tasks.Select(x => x.Id), store.Tasks);
    }

    public static IReadOnlyList<ImportProblem> Check(ExchangeDocument document, StoreIds store)
    {
        var checker = new ExchangeChecker(document, store);
        checker.References(document);
        return checker.problems;
    }

    private void Ids(string collection, IEnumerable<string> ids, IReadOnlySet<string> existing)
    {
        var seen = new HashSet<string>(existing, StringComparer.Ordinal);
        foreach (var (id, index) in ids.Select((id, i) => (id, i)))
        {
            if (id.Length == 0)
                continue; // a missing id was reported when the file was read
            if (existing.Contains(id))
                problems.Add(new($"$.{collection}[{index}].id", $"'{id}' already exists in the store"));
            else if (!seen.Add(id))
                problems.Add(new($"$.{collection}[{index}].id", $"'{id}' appears more than once"));
        }
        known[collection] = seen;
    }

    private void References(ExchangeDocument d)
    {
        Each(d.Users, "users", (u, p) => Ref(p, "managerId", u.ManagerId, "users"));
        Each(d.Accounts, "accounts", (a, p) => Ref(p, "ownerId", a.OwnerId, "users"));
        Each(d.Contacts, "contacts", (c, p) => Ref(p, "accountId", c.AccountId, "accounts"));
        Each(d.Deals, "deals", (x, p) =>
        {
            Ref(p, "accountId", x.AccountId, "accounts");
            Ref(p, "ownerId", x.OwnerId, "users");
        });
        Each(d.Activities, "activities", (a, p) =>
        {
            Ref(p, "accountId", a.AccountId, "accounts");
            Ref(p, "contactId", a.ContactId, "contacts");
            Ref(p, "dealId", a.DealId, "deals");
            Ref(p, "userId", a.UserId, "users");
        });
        Each(d.Tickets, "tickets", (t, p) =>
        {
            Ref(p, "accountId", t.AccountId, "accounts");
            Ref(p, "contactId", t.ContactId, "contacts");
            Ref(p, "assigneeId", t.AssigneeId, "users");
            Ref(p, "createdById", t.CreatedById, "users");
            for (var i = 0; i < t.Comments.Count; i++)
                Ref(p, $"comments[{i}].userId", t.Comments[i].UserId, "users");
        });
        Each(d.Tasks, "tasks", (t, p) =>
        {
            Ref(p, "ownerId", t.OwnerId, "users");
            Ref(p, "accountId", t.AccountId, "accounts");
            Ref(p, "dealId", t.DealId, "deals");
            Ref(p, "contactId", t.ContactId, "contacts");
        });
    }

    private static void Each<T>(IReadOnlyList<T> records, string collection, Action<T, string> check)
    {
        for (var i = 0; i < records.Count; i++)
            check(records[i], $"$.{collection}[{i}]");
    }

    private void Ref(string path, string field, string? id, string collection)
    {
        if (!string.IsNullOrEmpty(id) && !known[collection].Contains(id))
            problems.Add(new($"{path}.{field}", $"'{id}' is not one of the {collection} in the file or the store"));
    }
}
