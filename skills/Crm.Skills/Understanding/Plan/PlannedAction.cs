using System.Text.Json.Serialization;
using Crm.Data.Activities;
using Crm.Data.Deals;
using Crm.Data.Tickets;

namespace Crm.Skills.Understanding.Plan;

/// <summary>
/// One skill call the engine decided on, with every reference already resolved to a record id.
/// Plain data so a pending request or the last message's writes can sit in conversation state.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(LogActivity), "logActivity")]
[JsonDerivedType(typeof(UpdateDeal), "updateDeal")]
[JsonDerivedType(typeof(CreateDeal), "createDeal")]
[JsonDerivedType(typeof(CreateTask), "createTask")]
[JsonDerivedType(typeof(CompleteTask), "completeTask")]
[JsonDerivedType(typeof(CreateTicket), "createTicket")]
[JsonDerivedType(typeof(UpdateTicket), "updateTicket")]
[JsonDerivedType(typeof(CreateContact), "createContact")]
[JsonDerivedType(typeof(UpdateContact), "updateContact")]
[JsonDerivedType(typeof(SkillCall), "skillCall")]
public abstract record PlannedAction
{
    /// <summary>The words of the message this action came from, for the explanation.</summary>
    public string? FromText { get; init; }
}

public sealed record LogActivity(
    ActivityType Type, string AccountId, string? ContactId, string? DealId,
    DateTime OccurredAtUtc, string Summary, ActivitySource Source) : PlannedAction
{
    /// <summary>How long it lasted, when said (so far only by a correction: "actually it was 45 minutes").</summary>
    public int? DurationMinutes { get; init; }
}

/// <summary>Only non-null fields change.</summary>
public sealed record UpdateDeal(string DealId) : PlannedAction
{
    public DealStage? Stage { get; init; }
    public decimal? Amount { get; init; }
    public DateOnly? CloseDate { get; init; }
    public string? NextStep { get; init; }
    public DateOnly? NextStepDue { get; init; }
    public string? LostReason { get; init; }
    public string? OwnerId { get; init; }

    public bool IsEmpty => Stage is null && Amount is null && CloseDate is null && NextStep is null
        && NextStepDue is null && LostReason is null && OwnerId is null;
}

public sealed record CreateDeal(string AccountId, string Name, decimal? Amount, DateOnly? CloseDate, DealStage? Stage) : PlannedAction;

public sealed record CreateTask(string Title, DateOnly? DueAt, string? AccountId, string? DealId, string? ContactId) : PlannedAction
{
    /// <summary>"…please add him. Remind me to send Derek an intro": the task is with the contact an earlier action of the plan creates.</summary>
    public int? ContactFromAction { get; init; }
}

/// <summary>One of the acting user's open tasks, found by what was said, marked done.</summary>
public sealed record CompleteTask(string TaskId) : PlannedAction;

public sealed record CreateTicket(string AccountId, string Title, string? Description, TicketPriority Priority, string? ContactId) : PlannedAction
{
    /// <summary>"open a ticket for X: …, assign it to Tom": the colleague it is handed to as it is opened.</summary>
    public string? AssigneeId { get; init; }
}

/// <summary>Only non-null fields change; <see cref="Comment"/> is appended.</summary>
public sealed record UpdateTicket(string TicketId) : PlannedAction
{
    public TicketStatus? Status { get; init; }
    public TicketPriority? Priority { get; init; }
    public string? AssigneeId { get; init; }
    public string? Comment { get; init; }
}

public sealed record CreateContact(string AccountId, string Name, string? Title, string? Email, string? Phone) : PlannedAction;

/// <summary>Only non-null fields change.</summary>
public sealed record UpdateContact(string ContactId) : PlannedAction
{
    public string? Title { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
}
