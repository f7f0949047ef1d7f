using Crm.Data.Store;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Activities;

/// <summary>
/// Checks that the ids a write links to exist and belong together (the contact and deal are the
/// account's), so a bad id is a clear refusal instead of a store error.
/// </summary>
public sealed class LinkChecks(CrmDbContext db)
{
    // Compiled: nearly every write checks its links, inside the store's write lock on SQLite.
    private static readonly PerModelQuery<Func<CrmDbContext, string, CancellationToken, Task<bool>>> AccountExists = new(() =>
        EF.CompileAsyncQuery((CrmDbContext db, string id, CancellationToken _) => db.Accounts.Any(a => a.Id == id)));
    private static readonly PerModelQuery<Func<CrmDbContext, string, CancellationToken, Task<string?>>> ContactAccount = new(() =>
        EF.CompileAsyncQuery((CrmDbContext db, string id, CancellationToken _) => db.Contacts.Where(c => c.Id == id).Select(c => c.AccountId).FirstOrDefault()));
    private static readonly PerModelQuery<Func<CrmDbContext, string, CancellationToken, Task<string?>>> DealAccount = new(() =>
        EF.CompileAsyncQuery((CrmDbContext db, string id, CancellationToken _) => db.Deals.Where(d => d.Id == id).Select(d => d.AccountId).FirstOrDefault()));
    private static readonly PerModelQuery<Func<CrmDbContext, string, CancellationToken, Task<bool>>> UserExists = new(() =>
        EF.CompileAsyncQuery((CrmDbContext db, string id, CancellationToken _) => db.Users.Any(u => u.Id == id)));

    public async Task<RefusalResult?> CheckAsync(string? accountId, string? contactId, string? dealId, CancellationToken ct)
    {
        if (accountId is not null && !await AccountExists.For(db)(db, accountId, ct))
            return Refusals.NotFound("accounts", accountId);
        if (contactId is not null)
        {
            var contactAccount = await ContactAccount.For(db)(db, contactId, ct);
            if (contactAccount is null)
                return Refusals.NotFound("contacts", contactId);
            if (accountId is not null && contactAccount != accountId)
                return Refusals.Invalid("contacts", "contactId", contactId, $"Contact {contactId} does not belong to account {accountId}.");
        }
        if (dealId is not null)
        {
            var dealAccount = await DealAccount.For(db)(db, dealId, ct);
            if (dealAccount is null)
                return Refusals.NotFound("deals", dealId);
            if (accountId is not null && dealAccount != accountId)
                return Refusals.Invalid("deals", "dealId", dealId, $"Deal {dealId} does not belong to account {accountId}.");
        }
        return null;
    }

    public async Task<RefusalResult?> CheckUserAsync(string? userId, string field, CancellationToken ct) =>
        userId is null || await UserExists.For(db)(db, userId, ct) ? null : Refusals.NotFound("users", userId) with { Field = field };
}
