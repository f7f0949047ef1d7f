using Crm.Data.Accounts;
using Crm.Data.Exchange;
using Crm.Data.Store;
using Crm.Data.Users;
using Microsoft.EntityFrameworkCore;

namespace Crm.Data.Csv;

/// <summary>Account rows: checked, compared with existing accounts, and added to the context (not saved).</summary>
internal static class CsvAccounts
{
    public static async Task<CsvImportReport> AddAsync(CrmDbContext db, List<CsvRow> rows, DateTime now, CancellationToken ct)
    {
        var accounts = await db.Accounts.AsNoTracking().ToListAsync(ct);
        var users = await db.Users.AsNoTracking().ToListAsync(ct);
        var similar = new SimilarAccountNames();
        foreach (var a in accounts)
            similar.Add(a.Id, a.Name, a.Aliases.Select(x => x.Alias));
        var nextId = CsvImporter.IdSequence("ACC", accounts.Select(a => a.Id));
        var fallbackOwner = users.Where(u => u.Role == UserRole.Admin).Concat(users).FirstOrDefault();
        var problems = new List<ImportProblem>();
        var duplicates = new List<CsvDuplicate>();
        var created = new List<Account>();
        foreach (var row in rows)
        {
            var account = Read(row, users, fallbackOwner, problems);
            if (account is null)
                continue;
            if (similar.Find(account.Name) is { } existing)
            {
                duplicates.Add(new(row.Line, account.Name, existing.Id, existing.Name));
                continue;
            }
            account.Id = nextId();
            account.CreatedAt = now;
            account.Aliases = AccountNames.Aliases(account.Id, account.Aliases.Select(x => x.Alias));
            similar.Add(account.Id, account.Name, account.Aliases.Select(x => x.Alias));
            created.Add(account);
        }
        if (problems.Count > 0)
            return CsvImportReport.Failed(CsvImportKind.Accounts, problems);
        db.Accounts.AddRange(created);
        return new(CsvImportKind.Accounts, [.. created.Select(a => a.Id)], duplicates, []);
    }

    private static Account? Read(CsvRow row, List<User> users, User? fallbackOwner, List<ImportProblem> problems)
    {
        var before = problems.Count;
        var where = $"row {row.Line}";
        var name = row[CsvField.Company];
        if (name is null)
            problems.Add(new(where, "the company name is empty"));
        var owner = CsvValues.User(row[CsvField.Owner], users) ?? (row[CsvField.Owner] is null ? fallbackOwner : null);
        if (owner is null)
            problems.Add(new(where, row[CsvField.Owner] is { } o ? $"owner '{o}' is not a user" : "no owner given and the store has no users"));
        var status = CsvValues.Status(row[CsvField.Status], where, problems);
        var currency = CsvValues.Currency(row[CsvField.Currency], name, where, problems);
        if (problems.Count > before)
            return null;
        return new Account
        {
            Id = "",
            Name = name!,
            Aliases = AccountNames.Aliases("", CsvValues.List(row[CsvField.Aliases])),
            Industry = row[CsvField.Industry],
            City = row[CsvField.City],
            Country = row[CsvField.Country],
            Tier = row[CsvField.Tier],
            Status = status,
            OwnerId = owner!.Id,
            Currency = currency,
            Tags = CsvValues.List(row[CsvField.Tags]),
        };
    }
}
