using Crm.Data.Accounts;
using Crm.Data.Activities;
using Crm.Data.Contacts;
using Crm.Data.Deals;
using Crm.Data.Tasks;
using Crm.Data.Tickets;
using Crm.Skills.Results;

namespace Crm.Bot.Tests.Cards;

/// <summary>Builds the records results carry, with plausible defaults, one account at a time.</summary>
internal sealed class CrmRecordBuilder(string accountId, string accountName, string currency)
{
    private int next = 100;

    public Account Account(AccountStatus status = AccountStatus.Customer, DateOnly? contractEnd = null) => new()
    {
        Id = accountId, Name = accountName, OwnerId = "U-OWNER", Currency = currency, Status = status,
        ContractEnd = contractEnd, Industry = "Software", City = "Springfield",
    };

    public Deal Deal(string name, DealStage stage, decimal? amount, DateOnly? closeDate = null) => new()
    {
        Id = $"D-{++next}", AccountId = accountId, Name = name, Stage = stage, Amount = amount,
        Currency = currency, CloseDate = closeDate, OwnerId = "U-OWNER",
    };

    public Ticket Ticket(string id, string title, TicketPriority priority, TicketStatus status = TicketStatus.Open) => new()
    {
        Id = id, AccountId = accountId, Title = title, Priority = priority, Status = status,
    };

    public Contact Contact(string name, string? title = null, bool primary = false) => new()
    {
        Id = $"C-{++next}", AccountId = accountId, Name = name, Title = title, IsPrimary = primary,
    };

    public ActivityLine Activity(ActivityType type, DateTime occurredUtc, string summary, string? contact, string user) => new(
        new Activity { Id = $"A-{++next}", AccountId = accountId, UserId = "U-OWNER", Type = type, OccurredAt = occurredUtc, Summary = summary },
        contact, user);

    public CrmTask Task(string title, DateOnly? due, CrmTaskStatus status = CrmTaskStatus.Open, string owner = "U-OWNER") => new()
    {
        Id = $"TK-{++next}", Title = title, DueAt = due, OwnerId = owner, AccountId = accountId, Status = status,
    };
}
