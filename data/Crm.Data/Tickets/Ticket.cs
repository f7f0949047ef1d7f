using System.ComponentModel;

namespace Crm.Data.Tickets;

public sealed class Ticket
{
    public required string Id { get; set; }
    public required string AccountId { get; set; }
    public string? ContactId { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public TicketPriority Priority { get; set; } = TicketPriority.Normal;
    public TicketStatus Status { get; set; } = TicketStatus.New;
    public string? Category { get; set; }
    public string? AssigneeId { get; set; }
    public string? CreatedById { get; set; }
    public DateTime? CreatedAt { get; set; }
    public DateTime? DueAt { get; set; }
    public DateTime? ResolvedAt { get; set; }
    public List<TicketComment> Comments { get; set; } = [];
    /// <summary>Optimistic concurrency token, bumped on every save.</summary>
    public Guid Version { get; set; }

    public bool IsOpen => Status is TicketStatus.New or TicketStatus.Open or TicketStatus.Pending;
}

public sealed class TicketComment
{
    public int Id { get; set; }
    public required string TicketId { get; set; }
    public required string UserId { get; set; }
    public DateTime At { get; set; }
    public required string Text { get; set; }
    public int Position { get; set; }
}

public enum TicketPriority
{
    [Description("Low (低)")] Low,
    [Description("Normal, the default (普通)")] Normal,
    [Description("High (高)")] High,
    [Description("Urgent (紧急)")] Urgent,
}

public enum TicketStatus
{
    [Description("Newly opened, not yet worked on")] New,
    [Description("In progress")] Open,
    [Description("Waiting on the customer")] Pending,
    [Description("Fixed or solved")] Resolved,
    [Description("Closed")] Closed,
}
