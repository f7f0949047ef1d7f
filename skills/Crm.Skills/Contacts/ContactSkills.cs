using System.ComponentModel;
using Crm.Data.Contacts;
using Crm.Data.Store;
using Crm.Skills.Acting;
using Crm.Skills.Ids;
using Crm.Skills.Invoking;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Contacts;

/// <summary>People at accounts (behaviour §4). E-mail and phone are validated; an invalid one writes nothing.</summary>
public sealed class ContactSkills(CrmDbContext db, CurrentUser current, ChangeWriter writer, RecordIds ids)
{
    [Description("Add a new contact to an account.")]
    public async Task<SkillResult> AddContactAsync(
        [Description("Id of the account, e.g. ACC-ACME")] string accountId,
        [Description("Full name, e.g. 'Anita Shah' or '王建国'")] string name,
        [Description("Job title, if said")] string? title = null,
        [Description("E-mail address, if said")] string? email = null,
        [Description("Phone number, if said (international or Chinese mobile format)")] string? phone = null,
        [Description("True if this is the account's main contact")] bool isPrimary = false,
        CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(name))
            return writer.Refuse(Refusals.Invalid("contacts", "name", name, "A contact needs a name."));
        if (Problem(email, phone) is { } invalid)
            return writer.Refuse(invalid);
        if (!await db.Accounts.AnyAsync(a => a.Id == accountId, ct))
            return writer.Refuse(Refusals.NotFound("accounts", accountId));
        db.Contacts.Add(new Contact
        {
            Id = await ids.NextContactIdAsync(ct),
            AccountId = accountId,
            Name = name.Trim(),
            Title = title,
            Email = email?.Trim(),
            Phone = phone?.Trim(),
            IsPrimary = isPrimary,
            CreatedAt = current.UtcNow,
        });
        return await writer.SaveAsync(ct);
    }

    [Description("Change a contact's phone, e-mail, title or name. Only the given fields change.")]
    public async Task<SkillResult> UpdateContactAsync(
        [Description("Id of the contact, e.g. CON-001")] string contactId,
        [Description("New phone number")] string? phone = null,
        [Description("New e-mail address")] string? email = null,
        [Description("New job title")] string? title = null,
        [Description("New name")] string? name = null,
        CancellationToken ct = default)
    {
        if (Problem(email, phone) is { } invalid)
            return writer.Refuse(invalid);
        var contact = await db.Contacts.FirstOrDefaultAsync(c => c.Id == contactId, ct);
        if (contact is null)
            return writer.Refuse(Refusals.NotFound("contacts", contactId));
        contact.Phone = phone?.Trim() ?? contact.Phone;
        contact.Email = email?.Trim() ?? contact.Email;
        contact.Title = title ?? contact.Title;
        contact.Name = name?.Trim() ?? contact.Name;
        return await writer.SaveAsync(ct);
    }

    [Description("Show one contact by id: name, title, account, e-mail and phone. Reads only.")]
    public async Task<SkillResult> GetContactAsync(
        [Description("Id of the contact, e.g. CON-001")] string contactId,
        CancellationToken ct = default)
    {
        var shown = await (from c in db.Contacts.AsNoTracking().Where(c => c.Id == contactId)
                           join a in db.Accounts on c.AccountId equals a.Id
                           select new ContactResult(c, a.Name)).FirstOrDefaultAsync(ct);
        return shown is null ? Refusals.NotFound("contacts", contactId) : shown;
    }

    private static RefusalResult? Problem(string? email, string? phone)
    {
        if (email is not null && EmailAddress.Problem(email) is { } badEmail)
            return Refusals.Invalid("contacts", "email", email, badEmail);
        if (phone is not null && PhoneNumber.Problem(phone) is { } badPhone)
            return Refusals.Invalid("contacts", "phone", phone, badPhone);
        return null;
    }
}
