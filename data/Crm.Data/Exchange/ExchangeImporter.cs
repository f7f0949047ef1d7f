using Crm.Data.Audit;
using Crm.Data.Store;
using Microsoft.EntityFrameworkCore;

namespace Crm.Data.Exchange;

/// <summary>What an import did: records written per collection, or every problem and nothing written.</summary>
public sealed record ImportReport(IReadOnlyList<ImportProblem> Problems, IReadOnlyDictionary<string, int> Created)
{
    public bool Succeeded => Problems.Count == 0;

    public static ImportReport Failed(IReadOnlyList<ImportProblem> problems) => new(problems, new Dictionary<string, int>());
}

/// <summary>
/// Adds an exchange document to the store. Everything is checked first; the records are then written
/// in one transaction. Records are only ever added: an id that already exists in the store is a
/// problem, so an import never overwrites what people changed since.
/// </summary>
public static class ExchangeImporter
{
    /// <summary>Reads, checks and imports a file; problems from reading and from checking are reported together.</summary>
    public static async Task<ImportReport> ImportFileAsync(CrmDbContext db, string path, ImportAttribution? attribution = null,
        CancellationToken cancellationToken = default)
    {
        var read = await ExchangeJson.ReadFileAsync(path, cancellationToken);
        if (read.Succeeded)
            return await ImportAsync(db, read.Document!, attribution, cancellationToken);
        var references = read.Document is null ? [] : await CheckAsync(db, read.Document, cancellationToken);
        return ImportReport.Failed([.. read.Problems, .. references]);
    }

    /// <summary>Problems with ids and references against what the store already holds; writes nothing.</summary>
    public static async Task<IReadOnlyList<ImportProblem>> CheckAsync(CrmDbContext db, ExchangeDocument document, CancellationToken cancellationToken = default) =>
        ExchangeChecker.Check(document, await StoreIds.LoadAsync(db, cancellationToken));

    /// <summary>Imports a document; with an attribution the import is recorded as one change set.</summary>
    public static async Task<ImportReport> ImportAsync(CrmDbContext db, ExchangeDocument document, ImportAttribution? attribution = null,
        CancellationToken cancellationToken = default)
    {
        var problems = await CheckAsync(db, document, cancellationToken);
        if (problems.Count > 0)
            return ImportReport.Failed(problems);

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.Users.AddRange(document.Users.Select(x => x.ToEntity()));
            db.Accounts.AddRange(document.Accounts.Select(x => x.ToEntity()));
            db.Contacts.AddRange(document.Contacts.Select(x => x.ToEntity()));
            db.Deals.AddRange(document.Deals.Select(x => x.ToEntity()));
            db.Activities.AddRange(document.Activities.Select(x => x.ToEntity()));
            db.Tickets.AddRange(document.Tickets.Select(x => x.ToEntity()));
            db.Tasks.AddRange(document.Tasks.Select(x => x.ToEntity()));
            if (attribution is not null)
                db.ChangeSets.Add(attribution.ChangeSet(Created(document)));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
        db.ChangeTracker.Clear();

        return new ImportReport([], new Dictionary<string, int>
        {
            ["users"] = document.Users.Count,
            ["accounts"] = document.Accounts.Count,
            ["contacts"] = document.Contacts.Count,
            ["deals"] = document.Deals.Count,
            ["activities"] = document.Activities.Count,
            ["tickets"] = document.Tickets.Count,
            ["tasks"] = document.Tasks.Count,
        });
    }

    private static IEnumerable<(string, string)> Created(ExchangeDocument d) =>
        d.Users.Select(x => ("users", x.Id))
            .Concat(d.Accounts.Select(x => ("accounts", x.Id)))
            .Concat(d.Contacts.Select(x => ("contacts", x.Id)))
            .Concat(d.Deals.Select(x => ("deals", x.Id)))
            .Concat(d.Activities.Select(x => ("activities", x.Id)))
            .Concat(d.Tickets.Select(x => ("tickets", x.Id)))
            .Concat(d.Tasks.Select(x => ("tasks", x.Id)));
}
