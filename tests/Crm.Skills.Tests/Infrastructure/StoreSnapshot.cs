using Crm.Data.Accounts;
using Crm.Data.Activities;
using Crm.Data.Contacts;
using Crm.Data.Deals;
using Crm.Data.Settings;
using Crm.Data.Store;
using Crm.Data.Tasks;
using Crm.Data.Tickets;
using Crm.Data.Users;
using Crm.Skills.Invoking;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Infrastructure;

/// <summary>
/// Every row of every CRM table as text, sorted, read with EF queries: two snapshots are equal exactly
/// when the stores hold the same data. The audit tables are left out (undo adds to them by design), and
/// so are concurrency versions: an undo is itself a write, so it must give a record a new version.
/// </summary>
public static class StoreSnapshot
{
    public static async Task<string> TakeAsync(CrmDbContext db)
    {
        var tables = new List<string>
        {
            await RowsAsync<User>(db), await RowsAsync<Account>(db), await RowsAsync<AccountAlias>(db),
            await RowsAsync<Contact>(db), await RowsAsync<Deal>(db), await RowsAsync<Activity>(db),
            await RowsAsync<Ticket>(db), await RowsAsync<TicketComment>(db), await RowsAsync<CrmTask>(db),
            await RowsAsync<Setting>(db),
        };
        return string.Join("\n", tables);
    }

    public static async Task<string> TakeAsync(TestStore store)
    {
        await using var db = store.NewContext();
        return await TakeAsync(db);
    }

    private static async Task<string> RowsAsync<T>(CrmDbContext db) where T : class
    {
        var type = db.Model.FindEntityType(typeof(T))!;
        var properties = type.GetProperties().Where(p => !p.IsConcurrencyToken).ToList();
        var rows = await db.Set<T>().AsNoTracking().IgnoreAutoIncludes().ToListAsync();
        var lines = rows.Select(row => string.Join("|", properties.Select(p => p.Name + "=" + FieldText.Format(p.PropertyInfo!.GetValue(row)))))
            .OrderBy(l => l, StringComparer.Ordinal);
        return type.GetTableName() + ":\n" + string.Join("\n", lines);
    }
}
