using Crm.Data.Accounts;
using Crm.Data.Activities;
using Crm.Data.Contacts;
using Crm.Data.Deals;
using Crm.Data.Tasks;
using Crm.Data.Tickets;
using Crm.Data.Users;

namespace Crm.Data.Exchange;

/// <summary>Entities to exchange records, field for field; the reverse of <see cref="ExchangeMapping"/>.</summary>
public static class ExchangeExportMapping
{
    public static ExchangeUser ToExchange(this User u) => new()
    {
        Id = u.Id, Name = u.Name, Email = u.Email, Role = u.Role, Team = u.Team, ManagerId = u.ManagerId,
        Locale = u.Locale, TimeZone = u.TimeZone, AadObjectId = u.AadObjectId,
    };

    public static ExchangeAccount ToExchange(this Account a) => new()
    {
        Id = a.Id, Name = a.Name, Aliases = [.. a.Aliases.OrderBy(x => x.Position).Select(x => x.Alias)], Industry = a.Industry,
        City = a.City, Country = a.Country, Tier = a.Tier, Status = a.Status, OwnerId = a.OwnerId, Currency = a.Currency,
        Tags = [.. a.Tags], ContractEnd = a.ContractEnd, CreatedAt = a.CreatedAt,
    };

    public static ExchangeContact ToExchange(this Contact c) => new()
    {
        Id = c.Id, AccountId = c.AccountId, Name = c.Name, Title = c.Title, Email = c.Email, Phone = c.Phone,
        IsPrimary = c.IsPrimary, CreatedAt = c.CreatedAt,
    };

    public static ExchangeDeal ToExchange(this Deal d) => new()
    {
        Id = d.Id, AccountId = d.AccountId, Name = d.Name, Stage = d.Stage, Amount = d.Amount, Currency = d.Currency,
        CloseDate = d.CloseDate, OwnerId = d.OwnerId, NextStep = d.NextStep, NextStepDue = d.NextStepDue,
        LostReason = d.LostReason, CreatedAt = d.CreatedAt, UpdatedAt = d.UpdatedAt,
    };

    public static ExchangeActivity ToExchange(this Activity a) => new()
    {
        Id = a.Id, Type = a.Type, AccountId = a.AccountId, ContactId = a.ContactId, DealId = a.DealId, UserId = a.UserId,
        OccurredAt = a.OccurredAt, DurationMinutes = a.DurationMinutes, Subject = a.Subject, Summary = a.Summary,
        Source = a.Source,
    };

    public static ExchangeTicket ToExchange(this Ticket t) => new()
    {
        Id = t.Id, AccountId = t.AccountId, ContactId = t.ContactId, Title = t.Title, Description = t.Description,
        Priority = t.Priority, Status = t.Status, Category = t.Category, AssigneeId = t.AssigneeId,
        CreatedById = t.CreatedById, CreatedAt = t.CreatedAt, DueAt = t.DueAt, ResolvedAt = t.ResolvedAt,
        Comments = [.. t.Comments.OrderBy(c => c.Position).Select(c => new ExchangeComment { UserId = c.UserId, At = c.At, Text = c.Text })],
    };

    public static ExchangeTask ToExchange(this CrmTask t) => new()
    {
        Id = t.Id, Title = t.Title, DueAt = t.DueAt, OwnerId = t.OwnerId, AccountId = t.AccountId, DealId = t.DealId,
        ContactId = t.ContactId, Status = t.Status, CreatedAt = t.CreatedAt,
    };
}
