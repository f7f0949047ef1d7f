using Crm.Data.Store;
using Crm.Skills.Results;
using Crm.Skills.Understanding.Index;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Invoking;

/// <summary>
/// Puts people's names beside the ids a change holds ("Owner: U-07 → U-12" reads "Owner: Kai Lee →
/// 王芳"), and the names of the account and deal a record points at. The audit keeps the ids, which is
/// what undo needs; only what the card shows gets the names. Names come from the store's latest cached
/// index when it has the record (no query: a write card is on every writing turn), else from one query per
/// kind of record still unnamed, such as a record this very message created.
/// </summary>
internal static class PeopleNames
{
    private static readonly HashSet<string> UserFields = new(StringComparer.Ordinal) { "ownerId", "assigneeId", "userId", "createdById", "managerId" };

    public static async Task<List<RecordChange>> AddAsync(CrmDbContext db, StoreIndex? index, IReadOnlyList<RecordChange> records, CancellationToken ct)
    {
        var fields = records.SelectMany(r => r.Fields).ToList();
        var users = Known(Ids(fields, UserFields.Contains), index?.Users, u => u.Name, out var userIds);
        var contacts = Known(Ids(fields, f => f == "contactId"), index?.Contacts, c => c.Name, out var contactIds);
        var accounts = Known(Ids(fields, f => f == "accountId"), index?.Accounts, a => a.Name, out var accountIds);
        var deals = Known(Ids(fields, f => f == "dealId"), index?.Deals, d => d.Name, out var dealIds);
        if (userIds.Count > 0)
            await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ForEachAsync(u => users[u.Id] = u.Name, ct);
        if (contactIds.Count > 0)
            await db.Contacts.AsNoTracking().Where(c => contactIds.Contains(c.Id)).ForEachAsync(c => contacts[c.Id] = c.Name, ct);
        if (accountIds.Count > 0)
            await db.Accounts.AsNoTracking().Where(a => accountIds.Contains(a.Id)).ForEachAsync(a => accounts[a.Id] = a.Name, ct);
        if (dealIds.Count > 0)
            await db.Deals.AsNoTracking().Where(d => dealIds.Contains(d.Id)).ForEachAsync(d => deals[d.Id] = d.Name, ct);
        Dictionary<string, string>? Table(string field) =>
            UserFields.Contains(field) ? users : field switch { "contactId" => contacts, "accountId" => accounts, "dealId" => deals, _ => null };
        return [.. records.Select(r => r with
        {
            Fields = [.. r.Fields.Select(f => Table(f.Field) is { } names ? f with { OldName = Name(names, f.Old), NewName = Name(names, f.New) } : f)],
        })];
    }

    /// <summary>The names the index has for <paramref name="ids"/>; the ids it lacks come back in <paramref name="unknown"/>.</summary>
    private static Dictionary<string, string> Known<T>(List<string> ids, IReadOnlyDictionary<string, T>? index, Func<T, string> name, out List<string> unknown)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        unknown = [];
        foreach (var id in ids)
        {
            if (index is not null && index.TryGetValue(id, out var record))
                names[id] = name(record);
            else
                unknown.Add(id);
        }
        return names;
    }

    private static string? Name(Dictionary<string, string> names, string? id) => id is not null && names.TryGetValue(id, out var name) ? name : null;

    private static List<string> Ids(List<FieldDelta> fields, Func<string, bool> field) =>
        [.. fields.Where(f => field(f.Field)).SelectMany(f => new[] { f.Old, f.New }).OfType<string>().Distinct()];
}
