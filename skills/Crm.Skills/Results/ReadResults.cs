using Crm.Data.Accounts;
using Crm.Data.Activities;
using Crm.Data.Contacts;
using Crm.Data.Deals;
using Crm.Data.Tasks;
using Crm.Data.Tickets;

namespace Crm.Skills.Results;

/// <summary>Customer 360 (behaviour §5): the account, who owns it, what is open, what happened lately, and flags.</summary>
public sealed record CustomerSummaryResult(
    Account Account,
    string OwnerName,
    IReadOnlyList<Deal> OpenDeals,
    IReadOnlyList<Ticket> OpenTickets,
    IReadOnlyList<Contact> Contacts,
    IReadOnlyList<ActivityLine> RecentActivities,
    DateTime? LastContactAt,
    IReadOnlyList<CustomerFlag> Flags) : SkillResult;

/// <summary>An activity with the names a reader needs beside it.</summary>
public sealed record ActivityLine(Activity Activity, string? ContactName, string UserName);

public enum CustomerFlag { NoRecentContact, ContractEndingSoon, UrgentTicketOpen, OverdueTicketOpen }

/// <summary>History (behaviour §5): activities and tickets of an account, newest first.</summary>
public sealed record HistoryResult(Account Account, IReadOnlyList<HistoryEntry> Entries) : SkillResult;

public sealed record HistoryEntry(DateTime At, ActivityLine? Activity, Ticket? Ticket);

/// <summary>Open deals in a scope, by stage, with totals per currency and weighted totals.</summary>
public sealed record PipelineResult(
    string ScopeDescription,
    DateOnly? From,
    DateOnly? To,
    IReadOnlyList<PipelineStage> Stages,
    IReadOnlyList<MoneyTotal> Totals,
    IReadOnlyList<MoneyTotal> WeightedTotals) : SkillResult
{
    /// <summary>The owner's name when the scope is one colleague's deals, for the heading.</summary>
    public string? ScopeOwnerName { get; init; }

    /// <summary>"break down the pipeline by rep": each owner's count and totals, when asked.</summary>
    public IReadOnlyList<PipelineOwner>? Owners { get; init; }

    /// <summary>The deals counted, largest amount first, so "move the biggest one to proposal" can pick among them.</summary>
    public IReadOnlyList<string> DealIds { get; init; } = [];
}

public sealed record PipelineOwner(string OwnerId, string Name, int Count, IReadOnlyList<MoneyTotal> Totals);

public sealed record PipelineStage(DealStage Stage, int Count, IReadOnlyList<MoneyTotal> Totals, decimal Weight);

public sealed record MoneyTotal(string Currency, decimal Amount);

/// <summary>A list of deals, such as "my deals closing this month".</summary>
/// <summary>One contact, with the name of the account they are at.</summary>
public sealed record ContactResult(Contact Contact, string AccountName) : SkillResult;

public sealed record DealListResult(string Description, IReadOnlyList<DealLine> Deals) : SkillResult
{
    /// <summary>"what's Priya got closing this quarter? weighted too": the weighted total of the open deals listed, when asked.</summary>
    public IReadOnlyList<MoneyTotal>? WeightedTotals { get; init; }
}

public sealed record DealLine(Deal Deal, string AccountName, string OwnerName);

/// <summary>A list of customers, such as "my accounts with contracts ending this year".</summary>
public sealed record CustomerListResult(string Description, IReadOnlyList<CustomerLine> Customers) : SkillResult;

public sealed record CustomerLine(Account Account, string OwnerName, DateTime? LastContactAt);

/// <summary>A list of tickets, such as "open tickets for Lakeview".</summary>
public sealed record TicketListResult(string Description, IReadOnlyList<TicketLine> Tickets) : SkillResult
{
    /// <summary>False when resolved or closed tickets may be listed too ("the resolved ones", "tickets that came in this week").</summary>
    public bool OpenOnly { get; init; } = true;
}

public sealed record TicketLine(Ticket Ticket, string AccountName, string? AssigneeName);

/// <summary>A list of tasks, such as "my open tasks".</summary>
public sealed record TaskListResult(string Description, IReadOnlyList<CrmTask> Tasks) : SkillResult
{
    /// <summary>Whose tasks, when not the asker's own ("陈静还有哪些待办没完成").</summary>
    public string? OwnerName { get; init; }

    /// <summary>Each task's owner by id, when the list is several people's ("what open tasks does my team have").</summary>
    public IReadOnlyDictionary<string, string>? OwnerNames { get; init; }
}

/// <summary>Records found by name, alias, partial name or id, best first.</summary>
public sealed record FindResult(string Query, IReadOnlyList<FoundRecord> Matches) : SkillResult;

public sealed record FoundRecord(string Entity, string Id, string Name, string? Detail, double Score)
{
    /// <summary>The account the record belongs to (the account itself for accounts).</summary>
    public string? AccountId { get; init; }
    /// <summary>The name or alias that matched best.</summary>
    public string? MatchedName { get; init; }
}

/// <summary>What the bot can do, with examples.</summary>
public sealed record HelpResult : SkillResult;

/// <summary>A greeting or welcome, in the user's language.</summary>
public sealed record WelcomeResult(string UserName) : SkillResult;
