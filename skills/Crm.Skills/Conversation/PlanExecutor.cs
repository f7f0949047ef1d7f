using Crm.Skills.Activities;
using Crm.Skills.Contacts;
using Crm.Skills.Deals;
using Crm.Skills.Invoking;
using Crm.Skills.Results;
using Crm.Skills.Tasks;
using Crm.Skills.Tickets;
using Crm.Skills.Understanding.Plan;

namespace Crm.Skills.Conversation;

/// <summary>
/// Carries out planned actions as skill calls inside one message scope, so permissions, audit and
/// all-or-nothing are the invoker's. Returns, per action, the record it created or changed.
/// </summary>
public static class PlanExecutor
{
    public static async Task<IReadOnlyList<string?>> RunAsync(MessageScope message, IReadOnlyList<PlannedAction> actions, CancellationToken ct)
    {
        var touched = new List<string?>();
        foreach (var planned in actions)
        {
            var action = planned is CreateTask { ContactFromAction: { } k } task && k < touched.Count ? task with { ContactId = touched[k] } : planned;
            var result = await RunOneAsync(message, action, ct);
            if (result is RefusalResult || message.IsRefused)
                break;
            touched.Add(result is ChangeResult change ? change.Records.FirstOrDefault()?.RecordId : null);
        }
        return touched;
    }

    private static Task<SkillResult> RunOneAsync(MessageScope m, PlannedAction action, CancellationToken ct) => action switch
    {
        LogActivity a => m.RunAsync<ActivitySkills>(s => s.LogActivityAsync(a.AccountId, a.Type, a.Summary, a.ContactId, a.DealId,
            new DateTimeOffset(DateTime.SpecifyKind(a.OccurredAtUtc, DateTimeKind.Utc)), null, null, null, a.Source, ct)),
        UpdateDeal d => m.RunAsync<DealSkills>(s => s.UpdateDealAsync(d.DealId, d.Stage, d.Amount, d.CloseDate, d.NextStep, d.NextStepDue, d.LostReason, d.OwnerId, null, ct)),
        CreateDeal d => m.RunAsync<DealSkills>(s => s.CreateDealAsync(d.AccountId, d.Name, d.Amount, d.Stage, d.CloseDate, null, null, ct)),
        CreateTask t => m.RunAsync<TaskSkills>(s => s.CreateTaskAsync(t.Title, t.DueAt, t.AccountId, t.DealId, t.ContactId, ct)),
        CompleteTask t => m.RunAsync<TaskSkills>(s => s.CompleteTaskAsync(t.TaskId, ct)),
        CreateTicket t => m.RunAsync<TicketSkills>(s => s.OpenTicketAsync(t.AccountId, t.Title, t.Description, t.Priority, t.ContactId, t.AssigneeId, null, ct)),
        UpdateTicket t => UpdateTicketAsync(m, t, ct),
        CreateContact c => m.RunAsync<ContactSkills>(s => s.AddContactAsync(c.AccountId, c.Name, c.Title, c.Email, c.Phone, false, ct)),
        UpdateContact c => m.RunAsync<ContactSkills>(s => s.UpdateContactAsync(c.ContactId, c.Phone, c.Email, c.Title, null, ct)),
        SkillCall call => m.CallAsync(call.Function, call.ArgumentMap(), ct),
        _ => throw new NotSupportedException(action.GetType().Name),
    };

    private static async Task<SkillResult> UpdateTicketAsync(MessageScope m, UpdateTicket t, CancellationToken ct)
    {
        SkillResult result = new ChangeResult(0, []);
        if (t.Status is not null || t.Priority is not null || t.AssigneeId is not null)
            result = await m.RunAsync<TicketSkills>(s => s.UpdateTicketAsync(t.TicketId, t.Status, t.Priority, t.AssigneeId, ct: ct));
        if (t.Comment is not null && result is not RefusalResult)
            result = await m.RunAsync<TicketSkills>(s => s.AddCommentAsync(t.TicketId, t.Comment, ct));
        return result;
    }

    /// <summary>
    /// A correction: the same records edited with the corrected values. Created records are changed
    /// through their update skills (by the id the first message created), never written again.
    /// </summary>
    public static Task<SkillResult> AmendAsync(MessageScope m, PlannedAction amended, string? recordId, CancellationToken ct) => amended switch
    {
        LogActivity a when recordId is not null => m.RunAsync<ActivitySkills>(s => s.UpdateActivityAsync(recordId, a.Type, a.Summary, contactId: a.ContactId,
            dealId: a.DealId, occurredAt: new DateTimeOffset(DateTime.SpecifyKind(a.OccurredAtUtc, DateTimeKind.Utc)),
            durationMinutes: a.DurationMinutes, accountId: a.AccountId, ct: ct)),
        CreateDeal d when recordId is not null => m.RunAsync<DealSkills>(s => s.UpdateDealAsync(recordId, d.Stage, d.Amount, d.CloseDate, null, null, null, null, d.Name, ct)),
        CreateTask t when recordId is not null => m.RunAsync<TaskSkills>(s => s.UpdateTaskAsync(recordId, t.Title, t.DueAt, t.AccountId, t.ContactId, ct)),
        CreateTicket t when recordId is not null => m.RunAsync<TicketSkills>(s => s.UpdateTicketAsync(recordId, priority: t.Priority, accountId: t.AccountId, contactId: t.ContactId, ct: ct)),
        UpdateTicket t => m.RunAsync<TicketSkills>(s => s.UpdateTicketAsync(t.TicketId, t.Status, t.Priority, t.AssigneeId, ct: ct)),
        UpdateDeal d => m.RunAsync<DealSkills>(s => s.UpdateDealAsync(d.DealId, d.Stage, d.Amount, d.CloseDate, d.NextStep, d.NextStepDue, d.LostReason, d.OwnerId, null, ct)),
        UpdateContact c => m.RunAsync<ContactSkills>(s => s.UpdateContactAsync(c.ContactId, c.Phone, c.Email, c.Title, null, ct)),
        CreateContact c when recordId is not null => m.RunAsync<ContactSkills>(s => s.UpdateContactAsync(recordId, c.Phone, c.Email, c.Title, c.Name, ct)),
        _ => Task.FromResult<SkillResult>(new ChangeResult(0, [])),
    };
}
