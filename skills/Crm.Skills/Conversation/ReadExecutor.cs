using Crm.Skills.Contacts;
using Crm.Skills.Customers;
using Crm.Skills.Deals;
using Crm.Skills.Invoking;
using Crm.Skills.Pipeline;
using Crm.Skills.Results;
using Crm.Skills.Tasks;
using Crm.Skills.Tickets;
using Crm.Skills.Understanding.Plan;
using SkillPeriod = Crm.Skills.Pipeline.Period;

namespace Crm.Skills.Conversation;

/// <summary>Answers a read request with the read skills; reads never write.</summary>
public static class ReadExecutor
{
    public static Task<SkillResult> RunAsync(MessageScope m, ReadRequest read, CancellationToken ct) => read switch
    {
        CustomerSummaryRead r => m.RunAsync<CustomerSkills>(s => s.GetSummaryAsync(r.AccountId, ct)),
        HistoryRead r => m.RunAsync<CustomerSkills>(s => s.GetHistoryAsync(r.AccountId, 20, ct)),
        CustomerListRead r => m.RunAsync<CustomerListSkills>(s => s.ListCustomersAsync(Scope(r.Whose.Scope), r.Whose.OwnerId, r.Whose.Team,
            r.ContractEnds?.From, r.ContractEnds?.To, r.QuietDays, r.WorkedBy, r.WorkedIn?.From, r.WorkedIn?.To, ct)),
        PipelineRead r => m.RunAsync<PipelineSkills>(s => s.GetPipelineAsync(
            Scope(r.Whose.Scope), PeriodOf(r.Period), r.Period?.From, r.Period?.To, r.Whose.OwnerId, r.Whose.Team, r.ByOwner, ct)),
        DealListRead r => m.RunAsync<DealListSkills>(s => s.ListDealsAsync(
            Scope(r.Whose.Scope), PeriodOf(r.Period), r.Period?.From, r.Period?.To, null, r.Stage, r.Whose.OwnerId, r.Whose.Team, r.OpenOnly,
            r.Filter.AtLeast, r.Filter.Under, r.Filter.QuietDays, r.Filter.NextStepDue?.From, r.Filter.NextStepDue?.To, r.Filter.Order, r.Filter.Limit, r.Filter.Weighted, ct)),
        TicketListRead r => m.RunAsync<TicketSkills>(s => s.ListTicketsAsync(
            r.AccountId, r.AssigneeId, r.Priority, r.Status, r.Unassigned, r.AtLeast, !r.OpenOnly, r.AccountOwnerId, r.Opened?.From, r.Opened?.To, ct)),
        DealRead r => m.RunAsync<DealListSkills>(s => s.GetDealAsync(r.DealId, ct)),
        TicketRead r => m.RunAsync<TicketSkills>(s => s.GetTicketAsync(r.TicketId, ct)),
        ContactRead r => m.RunAsync<ContactSkills>(s => s.GetContactAsync(r.ContactId, ct)),
        TaskListRead r => m.RunAsync<TaskSkills>(s => s.ListOpenTasksAsync(
            r.Whose.OwnerId, r.AccountId, r.DueBy, r.Whose.Scope is PipelineScope.Mine or PipelineScope.Colleague ? null : Scope(r.Whose.Scope), r.Whose.Team, ct)),
        _ => throw new NotSupportedException(read.GetType().Name),
    };

    private static DealScope Scope(PipelineScope scope) => scope switch
    {
        PipelineScope.Team => DealScope.MyTeam,
        PipelineScope.All => DealScope.All,
        PipelineScope.Colleague => DealScope.Owner,
        PipelineScope.NamedTeam => DealScope.Team,
        _ => DealScope.Mine,
    };

    private static SkillPeriod PeriodOf(Understanding.Plan.Period? period) => period is null ? SkillPeriod.Any : SkillPeriod.Custom;
}
