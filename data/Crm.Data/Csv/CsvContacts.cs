using Crm.Data.Accounts;
using Crm.Data.Contacts;
using Crm.Data.Exchange;
using Crm.Data.Store;
using Microsoft.EntityFrameworkCore;

namespace Crm.Data.Csv;

/// <summary>
/// Contact rows: each names an existing account; a row with the same person (name or e-mail) at that
/// account as an existing contact is a duplicate and is skipped.
/// </summary>
internal static class CsvContacts
{
    public static async Task<CsvImportReport> AddAsync(CrmDbContext db, List<CsvRow> rows, DateTime now, CancellationToken ct)
    {
        var accounts = await db.Accounts.AsNoTracking().ToListAsync(ct);
        var contacts = await db.Contacts.AsNoTracking().ToListAsync(ct);
        var companies = new SimilarAccountNames();
        foreach (var a in accounts)
            companies.Add(a.Id, a.Name, a.Aliases.Select(x => x.Alias));
        var known = contacts.Select(c => (c.Id, c.AccountId, c.Name, Key: Person(c.Name), Email: c.Email?.ToLowerInvariant())).ToList();
        var nextId = CsvImporter.IdSequence("CON", contacts.Select(c => c.Id));
        var problems = new List<ImportProblem>();
        var duplicates = new List<CsvDuplicate>();
        var created = new List<Contact>();
        foreach (var row in rows)
        {
            var contact = Read(row, companies, problems);
            if (contact is null)
                continue;
            var email = contact.Email?.ToLowerInvariant();
            var same = known.FirstOrDefault(k => k.AccountId == contact.AccountId &&
                (k.Key == Person(contact.Name) || (email is not null && k.Email == email)));
            if (same.Id is not null)
            {
                duplicates.Add(new(row.Line, contact.Name, same.Id, same.Name));
                continue;
            }
            contact.Id = nextId();
            contact.CreatedAt = now;
            known.Add((contact.Id, contact.AccountId, contact.Name, Person(contact.Name), email));
            created.Add(contact);
        }
        if (problems.Count > 0)
            return CsvImportReport.Failed(CsvImportKind.Contacts, problems);
        db.Contacts.AddRange(created);
        return new(CsvImportKind.Contacts, [.. created.Select(c => c.Id)], duplicates, []);
    }

    private static Contact? Read(CsvRow row, SimilarAccountNames companies, List<ImportProblem> problems)
    {
        var before = problems.Count;
        var where = $"row {row.Line}";
        var name = row[CsvField.Person];
        if (name is null)
            problems.Add(new(where, "the contact's name is empty"));
        var company = row[CsvField.Company];
        var account = company is null ? null : companies.Find(company);
        if (account is null)
            problems.Add(new(where, company is null ? "the company is empty" : $"no account named '{company}'"));
        var email = row[CsvField.Email];
        if (email is not null && !EmailAddress.TryParse(email, out _))
            problems.Add(new(where, $"'{email}' is not an e-mail address"));
        var phone = row[CsvField.Phone];
        if (phone is not null && PhoneNumber.Problem(phone) is { } badPhone)
            problems.Add(new(where, badPhone.TrimEnd('.')));
        if (problems.Count > before)
            return null;
        return new Contact { Id = "", AccountId = account!.Value.Id, Name = name!, Title = row[CsvField.Title], Email = email, Phone = phone };
    }

    private static string Person(string name) => AccountNames.Normalize(name);
}
