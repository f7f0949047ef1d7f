using Crm.Data.Store;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Invoking;

/// <summary>
/// Puts people's names beside the ids a change holds ("Owner: U-07 → U-12" reads "Owner: Kai Lee →
/// 王芳"), and the names of the account and deal a record points at. The audit keeps the ids, which is
/// what undo needs; only what the card shows gets the names. One query per kind of record named.
/// </summary>
internal static class PeopleNames
{
    private static readonly HashSet<string> UserFields = new(StringComparer.Ordinal) { "ownerId", "assigneeId", "userId", "createdById", "managerId" };

    public static async Task<List<RecordChange>> AddAsync(CrmDbContext db, IReadOnlyList<RecordChange> records, CancellationToken ct)
    {
        var fields = records.SelectMany(r => r.Fields).ToList();
        var userIds = Ids(fields, UserFields.Contains);
        var contactIds = Ids(fields, f => f == "contactId");
        var accountIds = Ids(fields, f => f == "accountId");
        var dealIds = Ids(fields, f => f == "dealId");
        var users = userIds.Count == 0 ? [] : await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var contacts = contactIds.Count == 0 ? [] : await db.Contacts.AsNoTracking().Where(c => contactIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var accounts = accountIds.Count == 0 ? [] : await db.Accounts.AsNoTracking().Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var deals = dealIds.Count == 0 ? [] : await db.Deals.AsNoTracking().Where(d => dealIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        Dictionary<string, string>? Table(string field) =>
            UserFields.Contains(field) ? users : field switch { "contactId" => contacts, "accountId" => accounts, "dealId" => deals, _ => null };
        return [.. records.Select(r => r with
        {
            Fields = [.. r.Fields.Select(f => Table(f.Field) is { } names ? f with { OldName = Name(names, f.Old), NewName = Name(names, f.New) } : f)],
        })];
    }

    private static string? Name(Dictionary<string, string> names, string? id) => id is not null && names.TryGetValue(id, out var name) ? name : null;

    private static List<string> Ids(List<FieldDelta> fields, Func<string, bool> field) =>
        [.. fields.Where(f => field(f.Field)).SelectMany(f => new[] { f.Old, f.New }).OfType<string>().Distinct()];
}
