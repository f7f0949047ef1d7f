namespace Crm.Skills.Understanding.Plan;

/// <summary>A question about the store; reads never write.</summary>
public abstract record ReadRequest;

public sealed record CustomerSummaryRead(string AccountId) : ReadRequest;

public sealed record HistoryRead(string AccountId) : ReadRequest;

/// <summary>
/// Customers of whose, narrowed by what the question says: a contract ending in a window ("which of my accounts have
/// contracts ending before the end of the year"), nothing logged for some days ("我有哪些客户两周以上没联系了"), or a
/// colleague's activities in a window ("陈静这个月都跟进了哪些客户", whoever owns the customers).
/// </summary>
public sealed record CustomerListRead(DealsOf Whose) : ReadRequest
{
    public Period? ContractEnds { get; init; }

    public int? QuietDays { get; init; }

    public string? WorkedBy { get; init; }

    public Period? WorkedIn { get; init; }
}

/// <summary>
/// Whose deals a read covers (behaviour §5): the user's own, their team's, everyone's, or one colleague's
/// or one team's named in the message ("Priya's pipeline", "华东团队的单子"); everyone may read everything.
/// </summary>
public enum PipelineScope { Mine, Team, All, Colleague, NamedTeam }

/// <summary>A scope with the colleague (<see cref="PipelineScope.Colleague"/>) or team (<see cref="PipelineScope.NamedTeam"/>) it names.</summary>
public sealed record DealsOf(PipelineScope Scope, string? OwnerId = null, string? Team = null)
{
    public static readonly DealsOf Mine = new(PipelineScope.Mine);
}

/// <summary>A close-date window ("this month", "this quarter"), in the user's calendar.</summary>
public sealed record Period(DateOnly From, DateOnly To, string Name);

public sealed record PipelineRead(DealsOf Whose, Period? Period) : ReadRequest
{
    /// <summary>"break down the west pipeline by rep": each owner's share beside the stages.</summary>
    public bool ByOwner { get; init; }
}

/// <summary>"李伟和陈静谁的漏斗大 各多少": the pipelines of several colleagues, side by side, to compare.</summary>
public sealed record PipelinesRead(IReadOnlyList<PipelineRead> Each) : ReadRequest;

/// <summary>Deals of whose, closing when, and at which stage ("which deals are in negotiation?", "what did we win this month?").</summary>
public sealed record DealListRead(DealsOf Whose, Period? Period, bool OpenOnly, Crm.Data.Deals.DealStage? Stage = null) : ReadRequest
{
    /// <summary>What else the list is narrowed to or ordered by ("over 100k", "nothing logged in 7 days", "top 3 by amount").</summary>
    public DealFilter Filter { get; init; } = DealFilter.None;
}

/// <summary>
/// What a deal list is narrowed to beyond whose, when and which stage, read the same from both languages: an amount at
/// least or under ("over 100k", "十万以上"), nothing logged for some days ("nothing logged in the last 7 days",
/// "两周以上没联系"), next steps due in a window ("next steps due this week"), the largest or smallest first with a limit
/// ("top 3 by amount", "smallest open deal"), and the weighted total asked for ("weighted too").
/// </summary>
public sealed record DealFilter(decimal? AtLeast = null, decimal? Under = null, int? QuietDays = null, Period? NextStepDue = null,
    Crm.Skills.Deals.DealOrder Order = Crm.Skills.Deals.DealOrder.CloseDate, int? Limit = null, bool Weighted = false)
{
    public static readonly DealFilter None = new();

    /// <summary>True when the filter narrows which deals are listed (not only how they are ordered or totalled).</summary>
    public bool Narrows => AtLeast is not null || Under is not null || QuietDays is not null || NextStepDue is not null || Limit is not null;

    /// <summary>This filter, with what <paramref name="other"/> says in its place ("only the ones over 50k" after "top 3").</summary>
    public DealFilter With(DealFilter other) => new(other.AtLeast ?? AtLeast, other.Under ?? Under, other.QuietDays ?? QuietDays,
        other.NextStepDue ?? NextStepDue, other.Order != Crm.Skills.Deals.DealOrder.CloseDate ? other.Order : Order, other.Limit ?? Limit, other.Weighted || Weighted);
}

/// <summary>
/// Tickets, of an account, an assignee, a priority ("what's urgent in the queue?") or a status ("which are waiting on the
/// customer?", "the resolved ones"); the open ones unless <paramref name="OpenOnly"/> is false or a closed status is asked.
/// </summary>
public sealed record TicketListRead(string? AccountId, string? AssigneeId, bool OpenOnly,
    Crm.Data.Tickets.TicketPriority? Priority = null, Crm.Data.Tickets.TicketStatus? Status = null) : ReadRequest
{
    /// <summary>"anything unassigned in the queue?": only tickets nobody has picked up.</summary>
    public bool Unassigned { get; init; }

    /// <summary>"every high or urgent ticket": the least urgent of the priorities asked for, and those above it.</summary>
    public Crm.Data.Tickets.TicketPriority? AtLeast { get; init; }

    /// <summary>"open tickets across my accounts", "我的客户有哪些工单": only tickets of the accounts this user owns.</summary>
    public string? AccountOwnerId { get; init; }

    /// <summary>"how many tickets came in this week": only tickets opened within these days.</summary>
    public Period? Opened { get; init; }
}

/// <summary>One deal asked about ("what's the next step on the Globex renewal?", "MES那个单子谁负责的").</summary>
public sealed record DealRead(string DealId) : ReadRequest;

/// <summary>One ticket, named by id or description ("how is the SSO ticket going?").</summary>
public sealed record TicketRead(string TicketId) : ReadRequest;

/// <summary>"恒通周总的邮箱是多少", "what's Dev's number?": one contact's details.</summary>
public sealed record ContactRead(string ContactId) : ReadRequest;

/// <summary>
/// Open tasks, the user's own or whose the message says ("陈静还有哪些待办", "what open tasks does my team have"); "due this week"
/// lists those due by its end (overdue ones too), "for Globex" one account's.
/// </summary>
public sealed record TaskListRead(DealsOf Whose, bool OpenOnly, DateOnly? DueBy = null, string? AccountId = null) : ReadRequest;
