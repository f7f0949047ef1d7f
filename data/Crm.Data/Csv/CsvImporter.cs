using Crm.Data.Audit;
using Crm.Data.Exchange;
using Crm.Data.Store;
using Microsoft.EntityFrameworkCore;

namespace Crm.Data.Csv;

/// <summary>
/// Imports accounts or contacts from a CSV. The headers decide which: a person column (Contact, 联系人,
/// 姓名) means contacts of existing accounts; otherwise a company column means accounts. Rows that look
/// like existing records are reported and skipped; any invalid row means nothing is written.
/// </summary>
public static class CsvImporter
{
    /// <summary>Imports the CSV; with an attribution the created records are recorded as one change set.</summary>
    public static async Task<CsvImportReport> ImportAsync(CrmDbContext db, string csv, TimeProvider clock, ImportAttribution? attribution = null,
        CancellationToken cancellationToken = default)
    {
        var rows = CsvParser.Parse(csv);
        if (rows.Count == 0)
            return CsvImportReport.Failed(CsvImportKind.Accounts, [new("row 1", "the file is empty")]);
        var (kind, columns, headerProblems) = ReadHeader(rows[0].Fields);
        if (headerProblems.Count > 0)
            return CsvImportReport.Failed(kind, headerProblems);
        var data = rows.Skip(1).Select(r => new CsvRow(r.Line, Values(columns, r.Fields))).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var report = kind == CsvImportKind.Accounts
                ? await CsvAccounts.AddAsync(db, data, now, ct)
                : await CsvContacts.AddAsync(db, data, now, ct);
            if (!report.Succeeded)
            {
                db.ChangeTracker.Clear();
                return report;
            }
            if (attribution is not null && report.Created.Count > 0)
            {
                var entity = kind == CsvImportKind.Accounts ? "accounts" : "contacts";
                db.ChangeSets.Add(attribution.ChangeSet(report.Created.Select(id => (entity, id))));
            }
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
            return report;
        }, cancellationToken);
    }

    private static (CsvImportKind, CsvField?[], List<ImportProblem>) ReadHeader(string[] header)
    {
        var columns = header.Select(CsvColumns.Match).ToArray();
        var problems = new List<ImportProblem>();
        var hasPerson = columns.Contains(CsvField.Person);
        var hasCompany = columns.Contains(CsvField.Company);
        // A plain "Name" column is the company in an account list and the person next to a company column.
        var name = hasCompany && !hasPerson ? CsvField.Person : CsvField.Company;
        columns = [.. columns.Select(c => c == CsvField.Name ? name : c)];
        var kind = columns.Contains(CsvField.Person) ? CsvImportKind.Contacts : CsvImportKind.Accounts;
        if (!columns.Contains(CsvField.Company))
            problems.Add(new("row 1", "no company column (Company, Account, 公司名称, 客户名称…)"));
        foreach (var duplicate in columns.OfType<CsvField>().GroupBy(c => c).Where(g => g.Count() > 1))
            problems.Add(new("row 1", $"more than one column means {duplicate.Key}"));
        return (kind, columns, problems);
    }

    private static Dictionary<CsvField, string> Values(CsvField?[] columns, string[] fields)
    {
        var values = new Dictionary<CsvField, string>();
        for (var i = 0; i < Math.Min(columns.Length, fields.Length); i++)
        {
            if (columns[i] is { } field)
                values[field] = fields[i];
        }
        return values;
    }

    /// <summary>The next free id of the form PREFIX-0001, after the highest numbered one already in use.</summary>
    internal static Func<string> IdSequence(string prefix, IEnumerable<string> existing)
    {
        var next = existing
            .Where(id => id.StartsWith(prefix + "-", StringComparison.Ordinal))
            .Select(id => int.TryParse(id.AsSpan(prefix.Length + 1), out var n) ? n : 0)
            .DefaultIfEmpty(0).Max();
        var taken = existing.ToHashSet(StringComparer.Ordinal);
        return () =>
        {
            string id;
            do
                id = $"{prefix}-{++next:D4}";
            while (taken.Contains(id));
            return id;
        };
    }
}
