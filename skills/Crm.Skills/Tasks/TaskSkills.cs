using System.ComponentModel;
using Crm.Data.Store;
using Crm.Data.Tasks;
using Crm.Skills.Acting;
using Crm.Skills.Activities;
using Crm.Skills.Ids;
using Crm.Skills.Invoking;
using Crm.Skills.Pipeline;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tasks;

/// <summary>Reminders and to-dos (behaviour §4), owned by the acting user.</summary>
public sealed class TaskSkills(CrmDbContext db, CurrentUser current, ChangeWriter writer, RecordIds ids, LinkChecks links, DealScopes scopes)
{
    [Description("Create a reminder or to-do owned by the acting user ('remind me to…', '提醒我…'), linked to the account, deal and contact in context.")]
    public async Task<SkillResult> CreateTaskAsync(
        [Description("What to do, e.g. 'Send the contract to Lee'")] string title,
        [Description("The day it is due, in the user's time zone; omit when no date was said")] DateOnly? dueDate = null,
        [Description("Id of the account it is about, if any")] string? accountId = null,
        [Description("Id of the deal it is about, if any")] string? dealId = null,
        [Description("Id of the contact it is about, if any")] string? contactId = null,
        CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(title))
            return writer.Refuse(Refusals.Invalid("tasks", "title", title, "A task needs a title."));
        if (await links.CheckAsync(accountId, contactId, dealId, ct) is { } bad)
            return writer.Refuse(bad);
        db.Tasks.Add(new CrmTask
        {
            Id = await ids.NextTaskIdAsync(ct),
            Title = title.Trim(),
            DueAt = dueDate,
            OwnerId = current.Id,
            AccountId = accountId,
            DealId = dealId,
            ContactId = contactId,
            Status = CrmTaskStatus.Open,
            CreatedAt = current.UtcNow,
        });
        return await writer.SaveAsync(ct);
    }

    [Description("Mark a task as done.")]
    public async Task<SkillResult> CompleteTaskAsync(
        [Description("Id of the task, e.g. TSK-03")] string taskId,
        CancellationToken ct = default)
    {
        var task = await db.Tasks.FirstOrDefaultAsync(t => t.Id == taskId, ct);
        if (task is null)
            return writer.Refuse(Refusals.NotFound("tasks", taskId));
        task.Status = CrmTaskStatus.Done;
        return await writer.SaveAsync(ct);
    }

    [Description("Change a task's title, due date, account or contact, e.g. to correct a reminder just created. Only the given fields change; moving it to another account drops its deal and contact.")]
    public async Task<SkillResult> UpdateTaskAsync(
        [Description("Id of the task, e.g. TSK-03")] string taskId,
        [Description("New title")] string? title = null,
        [Description("New due date, in the user's time zone")] DateOnly? dueDate = null,
        [Description("Id of the account it is really about")] string? accountId = null,
        [Description("Id of the contact it is really about, at the task's account")] string? contactId = null,
        CancellationToken ct = default)
    {
        var task = await db.Tasks.FirstOrDefaultAsync(t => t.Id == taskId, ct);
        if (task is null)
            return writer.Refuse(Refusals.NotFound("tasks", taskId));
        if (accountId is not null && accountId != task.AccountId)
        {
            if (await links.CheckAsync(accountId, null, null, ct) is { } missing)
                return writer.Refuse(missing);
            task.AccountId = accountId;
            task.DealId = null;
            task.ContactId = null;
        }
        if (contactId is not null && contactId != task.ContactId)
        {
            if (await links.CheckAsync(task.AccountId, contactId, null, ct) is { } missing)
                return writer.Refuse(missing);
            task.ContactId = contactId;
        }
        task.Title = title ?? task.Title;
        task.DueAt = dueDate ?? task.DueAt;
        return await writer.SaveAsync(ct);
    }

    [Description("List open tasks, by default the acting user's, soonest due first; a manager may ask for the team's ('what open tasks does my team have'). Reads only.")]
    public async Task<SkillResult> ListOpenTasksAsync(
        [Description("Whose tasks (user id); omit for the acting user's")] string? ownerId = null,
        [Description("Only tasks about this account")] string? accountId = null,
        [Description("Only tasks due on or before this day")] DateOnly? dueBy = null,
        [Description("Whose tasks when not one person's: MyTeam for the acting user's team, Team for the team given as team, All for everyone's")] DealScope? scope = null,
        [Description("Team name when scope is Team")] string? team = null,
        CancellationToken ct = default)
    {
        // One person's tasks unless a wider scope is asked; "my tasks" are the user's own even for an admin, who sees every deal as "mine".
        var (owners, description) = scope is null or DealScope.Mine or DealScope.Owner
            ? ([ownerId ?? current.Id], "open:" + (ownerId ?? current.Id))
            : await scopes.OwnersAsync(current.User, scope.Value, null, team, ct);
        var query = db.Tasks.AsNoTracking().Where(t => t.Status == CrmTaskStatus.Open);
        if (owners is not null)
            query = query.Where(t => owners.Contains(t.OwnerId));
        if (accountId is not null)
            query = query.Where(t => t.AccountId == accountId);
        if (dueBy is not null)
            query = query.Where(t => t.DueAt <= dueBy);
        var tasks = await query.ToListAsync(ct);
        // Undated tasks last: they are the least urgent by what the user told us.
        var ordered = tasks.OrderBy(t => t.DueAt is null).ThenBy(t => t.DueAt).ThenBy(t => t.Id).ToList();
        if (owners is [var owner])
        {
            var ownerName = owner == current.Id ? null : await db.Users.Where(u => u.Id == owner).Select(u => u.Name).FirstOrDefaultAsync(ct);
            return new TaskListResult(description, ordered) { OwnerName = ownerName };
        }
        // Several people's tasks: each row says whose it is.
        var ownerIds = ordered.Select(t => t.OwnerId).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => ownerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        return new TaskListResult("open;" + description, ordered) { OwnerNames = names };
    }
}
