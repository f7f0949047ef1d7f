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
    public async Task<RefusalResult?> CheckAsync(string? accountId, string? contactId, string? dealId, CancellationToken ct)
    {
        if (accountId is not null && !await db.Accounts.AnyAsync(a => a.Id == accountId, ct))
            return Refusals.NotFound("accounts", accountId);
        if (contactId is not null)
        {
            var contactAccount = await db.Contacts.Where(c => c.Id == contactId).Select(c => c.AccountId).FirstOrDefaultAsync(ct);
            if (contactAccount is null)
                return Refusals.NotFound("contacts", contactId);
            if (accountId is not null && contactAccount != accountId)
                return Refusals.Invalid("contacts", "contactId", contactId, $"Contact {contactId} does not belong to account {accountId}.");
        }
        if (dealId is not null)
        {
            var dealAccount = await db.Deals.Where(d => d.Id == dealId).Select(d => d.AccountId).FirstOrDefaultAsync(ct);
            if (dealAccount is null)
                return Refusals.NotFound("deals", dealId);
            if (accountId is not null && dealAccount != accountId)
                return Refusals.Invalid("deals", "dealId", dealId, $"Deal {dealId} does not belong to account {accountId}.");
        }
        return null;
    }

    public async Task<RefusalResult?> CheckUserAsync(string? userId, string field, CancellationToken ct) =>
        userId is null || await db.Users.AnyAsync(u => u.Id == userId, ct) ? null : Refusals.NotFound("users", userId) with { Field = field };
}
