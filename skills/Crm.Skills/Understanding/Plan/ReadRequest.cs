namespace Crm.Skills.Understanding.Plan;

/// <summary>A question about the store; reads never write.</summary>
public abstract record ReadRequest;

public sealed record CustomerSummaryRead(string AccountId) : ReadRequest;

public sealed record HistoryRead(string AccountId) : ReadRequest;

public enum PipelineScope { Mine, Team, All }

/// <summary>A close-date window ("this month", "this quarter"), in the user's calendar.</summary>
public sealed record Period(DateOnly From, DateOnly To, string Name);

public sealed record PipelineRead(PipelineScope Scope, Period? Period) : ReadRequest;

/// <summary>Deals of one owner (or the user's scope), optionally closing within a period.</summary>
public sealed record DealListRead(string? OwnerId, string? AccountId, Period? Period, bool OpenOnly) : ReadRequest;

public sealed record TicketListRead(string? AccountId, string? AssigneeId, bool OpenOnly) : ReadRequest;

/// <summary>One ticket, named by id or description ("how is the SSO ticket going?").</summary>
public sealed record TicketRead(string TicketId) : ReadRequest;

public sealed record TaskListRead(string OwnerId, bool OpenOnly) : ReadRequest;
