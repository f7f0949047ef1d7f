using Crm.Data.Accounts;
using Crm.Data.Activities;
using Crm.Data.Contacts;
using Crm.Data.Deals;
using Crm.Data.Tasks;
using Crm.Data.Tickets;
using Crm.Data.Users;

namespace Crm.Data.Exchange;

/// <summary>Exchange records to entities, field for field (the reverse is in <see cref="ExchangeExportMapping"/>).</summary>
internal static class ExchangeMapping
{
    public static User ToEntity(this ExchangeUser u) => new()
    {
        Id = u.Id, Name = u.Name, Email = u.Email, Role = u.Role, Team = u.Team, ManagerId = u.ManagerId,
        Locale = u.Locale, TimeZone = u.TimeZone, AadObjectId = u.AadObjectId,
    };

    public static Account ToEntity(this ExchangeAccount a) => new()
    {
        Id = a.Id, Name = a.Name, Aliases = AccountNames.Aliases(a.Id, a.Aliases), Industry = a.Industry, City = a.City,
        Country = a.Country, Tier = a.Tier, Status = a.Status, OwnerId = a.OwnerId, Currency = a.Currency,
        Tags = [.. a.Tags], ContractEnd = a.ContractEnd, CreatedAt = a.CreatedAt,
    };

    public static Contact ToEntity(this ExchangeContact c) => new()
    {
        Id = c.Id, AccountId = c.AccountId, Name = c.Name, Title = c.Title, Email = c.Email, Phone = c.Phone,
        IsPrimary = c.IsPrimary, CreatedAt = c.CreatedAt,
    };

    public static Deal ToEntity(this ExchangeDeal d) => new()
    {
        Id = d.Id, AccountId = d.AccountId, Name = d.Name, Stage = d.Stage, Amount = d.Amount, Currency = d.Currency,
        CloseDate = d.CloseDate, OwnerId = d.OwnerId, NextStep = d.NextStep, NextStepDue = d.NextStepDue,
        LostReason = d.LostReason, CreatedAt = d.CreatedAt, UpdatedAt = d.UpdatedAt,
    };

    public static Activity ToEntity(this ExchangeActivity a) => new()
    {
        Id = a.Id, Type = a.Type, AccountId = a.AccountId, ContactId = a.ContactId, DealId = a.DealId, UserId = a.UserId,
        OccurredAt = a.OccurredAt, DurationMinutes = a.DurationMinutes, Subject = a.Subject, Summary = a.Summary,
        Source = a.Source,
    };

    public static Ticket ToEntity(this ExchangeTicket t) => new()
    {
        Id = t.Id, AccountId = t.AccountId, ContactId = t.ContactId, Title = t.Title, Description = t.Description,
        Priority = t.Priority, Status = t.Status, Category = t.Category, AssigneeId = t.AssigneeId,
        CreatedById = t.CreatedById, CreatedAt = t.CreatedAt, DueAt = t.DueAt, ResolvedAt = t.ResolvedAt,
        Comments = [.. t.Comments.Select((c, i) => new TicketComment { TicketId = t.Id, UserId = c.UserId, At = c.At, Text = c.Text, Position = i })],
    };

    public static CrmTask ToEntity(this ExchangeTask t) => new()
    {
        Id = t.Id, Title = t.Title, DueAt = t.DueAt, OwnerId = t.OwnerId, AccountId = t.AccountId, DealId = t.DealId,
        ContactId = t.ContactId, Status = t.Status, CreatedAt = t.CreatedAt,
    };
}
