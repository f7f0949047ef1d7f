using Crm.Data.Accounts;
using Crm.Data.Activities;
using Crm.Data.Deals;
using Crm.Data.Tasks;
using Crm.Data.Tickets;
using Crm.Data.Users;

namespace Crm.Data.Exchange;

// One record type per collection of the exchange format, field for field and in the schema's order.
// Instants are UTC DateTimes, calendar dates are DateOnly, enums are written snake_case.

public sealed record ExchangeUser
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? Email { get; init; }
    public UserRole Role { get; init; }
    public string? Team { get; init; }
    public string? ManagerId { get; init; }
    public string Locale { get; init; } = "en-US";
    public string TimeZone { get; init; } = "UTC";
    public string? AadObjectId { get; init; }
}

public sealed record ExchangeAccount
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public string? Industry { get; init; }
    public string? City { get; init; }
    public string? Country { get; init; }
    public string? Tier { get; init; }
    public AccountStatus Status { get; init; } = AccountStatus.Prospect;
    public required string OwnerId { get; init; }
    public string Currency { get; init; } = "USD";
    public IReadOnlyList<string> Tags { get; init; } = [];
    public DateOnly? ContractEnd { get; init; }
    public DateTime? CreatedAt { get; init; }
}

public sealed record ExchangeContact
{
    public required string Id { get; init; }
    public required string AccountId { get; init; }
    public required string Name { get; init; }
    public string? Title { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public bool IsPrimary { get; init; }
    public DateTime? CreatedAt { get; init; }
}

public sealed record ExchangeDeal
{
    public required string Id { get; init; }
    public required string AccountId { get; init; }
    public required string Name { get; init; }
    public DealStage Stage { get; init; }
    public decimal? Amount { get; init; }
    public string Currency { get; init; } = "USD";
    public DateOnly? CloseDate { get; init; }
    public required string OwnerId { get; init; }
    public string? NextStep { get; init; }
    public DateOnly? NextStepDue { get; init; }
    public string? LostReason { get; init; }
    public DateTime? CreatedAt { get; init; }
    public DateTime? UpdatedAt { get; init; }
}

public sealed record ExchangeActivity
{
    public required string Id { get; init; }
    public ActivityType Type { get; init; }
    public required string AccountId { get; init; }
    public string? ContactId { get; init; }
    public string? DealId { get; init; }
    public required string UserId { get; init; }
    public DateTime OccurredAt { get; init; }
    public int? DurationMinutes { get; init; }
    public string? Subject { get; init; }
    public string? Summary { get; init; }
    public ActivitySource Source { get; init; } = ActivitySource.Import;
}

public sealed record ExchangeTicket
{
    public required string Id { get; init; }
    public required string AccountId { get; init; }
    public string? ContactId { get; init; }
    public required string Title { get; init; }
    public string? Description { get; init; }
    public TicketPriority Priority { get; init; }
    public TicketStatus Status { get; init; }
    public string? Category { get; init; }
    public string? AssigneeId { get; init; }
    public string? CreatedById { get; init; }
    public DateTime? CreatedAt { get; init; }
    public DateTime? DueAt { get; init; }
    public DateTime? ResolvedAt { get; init; }
    public IReadOnlyList<ExchangeComment> Comments { get; init; } = [];
}

public sealed record ExchangeComment
{
    public required string UserId { get; init; }
    public DateTime At { get; init; }
    public required string Text { get; init; }
}

public sealed record ExchangeTask
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public DateOnly? DueAt { get; init; }
    public required string OwnerId { get; init; }
    public string? AccountId { get; init; }
    public string? DealId { get; init; }
    public string? ContactId { get; init; }
    public CrmTaskStatus Status { get; init; }
    public DateTime? CreatedAt { get; init; }
}
