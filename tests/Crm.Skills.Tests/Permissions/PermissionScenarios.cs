using Crm.Data.Activities;
using Crm.Data.Deals;
using Crm.Data.Tickets;
using Crm.Data.Users;
using Crm.Skills.Activities;
using Crm.Skills.Contacts;
using Crm.Skills.Deals;
using Crm.Skills.Invoking;
using Crm.Skills.Permissions;
using Crm.Skills.Results;
using Crm.Skills.Settings;
using Crm.Skills.Tasks;
using Crm.Skills.Tests.Infrastructure;
using Crm.Skills.Tickets;

namespace Crm.Skills.Tests.Permissions;

/// <summary>
/// Each write of behaviour §6, performed by each role, with whether it is allowed. The acting users
/// are U-REP (rep, West), U-MGR (manager of West), U-SUP (support) and U-ADM (admin); the "teammate"
/// records belong to U-REP2 (West), the "other team" ones to U-EAST (East).
/// </summary>
public static class PermissionScenarios
{
    public static readonly Dictionary<UserRole, string> Actors = new()
    {
        [UserRole.Rep] = "U-REP", [UserRole.Manager] = "U-MGR", [UserRole.Support] = "U-SUP", [UserRole.Admin] = "U-ADM",
    };

    public sealed record Scenario(string Name, WriteAction Action, Func<MessageScope, string, Task<SkillResult>> Run, params UserRole[] Allowed);

    public static readonly Scenario[] All =
    [
        new("log activity on someone else's account", WriteAction.LogActivity,
            (m, _) => m.RunAsync<ActivitySkills>(s => s.LogActivityAsync("ACC-EW", ActivityType.Call, "checked in")),
            UserRole.Rep, UserRole.Manager, UserRole.Support, UserRole.Admin),
        new("edit own activity", WriteAction.EditActivity,
            (m, me) => m.RunAsync<ActivitySkills>(s => s.UpdateActivityAsync("ACT-" + me, ActivityType.Meeting)),
            UserRole.Rep, UserRole.Manager, UserRole.Support, UserRole.Admin),
        new("edit another user's activity", WriteAction.EditActivity,
            (m, _) => m.RunAsync<ActivitySkills>(s => s.UpdateActivityAsync("ACT-U-EAST", ActivityType.Meeting)),
            UserRole.Admin),
        new("create task", WriteAction.CreateTask,
            (m, _) => m.RunAsync<TaskSkills>(s => s.CreateTaskAsync("call back", null, "ACC-EW")),
            UserRole.Rep, UserRole.Manager, UserRole.Support, UserRole.Admin),
        new("complete own task", WriteAction.EditTask,
            (m, me) => m.RunAsync<TaskSkills>(s => s.CompleteTaskAsync("TSK-" + me)),
            UserRole.Rep, UserRole.Manager, UserRole.Support, UserRole.Admin),
        new("complete a teammate's task", WriteAction.EditTask,
            (m, _) => m.RunAsync<TaskSkills>(s => s.CompleteTaskAsync("TSK-02")),
            UserRole.Manager, UserRole.Admin),
        new("create deal", WriteAction.CreateDeal,
            (m, _) => m.RunAsync<DealSkills>(s => s.CreateDealAsync("ACC-EW", "Eastwind upsell", 1000)),
            UserRole.Rep, UserRole.Manager, UserRole.Admin),
        new("change own deal", WriteAction.ChangeDeal,
            (m, me) => m.RunAsync<DealSkills>(s => s.UpdateDealAsync("D-" + me, DealStage.Qualified)),
            UserRole.Rep, UserRole.Manager, UserRole.Admin),
        new("change a teammate's deal", WriteAction.ChangeDeal,
            (m, _) => m.RunAsync<DealSkills>(s => s.UpdateDealAsync("D-1002", amount: 25000)),
            UserRole.Manager, UserRole.Admin),
        new("change another team's deal", WriteAction.ChangeDeal,
            (m, _) => m.RunAsync<DealSkills>(s => s.UpdateDealAsync("D-1003", DealStage.Lost, lostReason: "budget")),
            UserRole.Admin),
        new("open ticket", WriteAction.CreateTicket,
            (m, _) => m.RunAsync<TicketSkills>(s => s.OpenTicketAsync("ACC-EW", "Portal down", priority: TicketPriority.Urgent)),
            UserRole.Rep, UserRole.Manager, UserRole.Support, UserRole.Admin),
        new("change ticket status", WriteAction.ChangeTicket,
            (m, _) => m.RunAsync<TicketSkills>(s => s.UpdateTicketAsync("T-501", TicketStatus.Resolved)),
            UserRole.Support, UserRole.Admin),
        new("change ticket priority", WriteAction.ChangeTicket,
            (m, _) => m.RunAsync<TicketSkills>(s => s.UpdateTicketAsync("T-501", priority: TicketPriority.Low)),
            UserRole.Support, UserRole.Admin),
        new("assign ticket", WriteAction.ChangeTicket,
            (m, _) => m.RunAsync<TicketSkills>(s => s.UpdateTicketAsync("T-501", assigneeId: "U-MGR2")),
            UserRole.Support, UserRole.Admin),
        new("comment on ticket", WriteAction.CommentTicket,
            (m, _) => m.RunAsync<TicketSkills>(s => s.AddCommentAsync("T-501", "customer called again")),
            UserRole.Rep, UserRole.Manager, UserRole.Support, UserRole.Admin),
        new("add contact", WriteAction.EditContact,
            (m, _) => m.RunAsync<ContactSkills>(s => s.AddContactAsync("ACC-EW", "Lena Voss", email: "lena@eastwind.example")),
            UserRole.Rep, UserRole.Manager, UserRole.Support, UserRole.Admin),
        new("edit contact", WriteAction.EditContact,
            (m, _) => m.RunAsync<ContactSkills>(s => s.UpdateContactAsync("CON-002", title: "Head of IT")),
            UserRole.Rep, UserRole.Manager, UserRole.Support, UserRole.Admin),
        new("change own setting", WriteAction.ChangeOwnSettings,
            (m, _) => m.RunAsync<SettingsSkills>(s => s.SetConfirmBeforeWritingAsync(true)),
            UserRole.Rep, UserRole.Manager, UserRole.Support, UserRole.Admin),
        new("change company setting", WriteAction.ChangeCompanySettings,
            (m, _) => m.RunAsync<SettingsSkills>(s => s.SetConfirmBeforeWritingAsync(true, companyDefault: true)),
            UserRole.Admin),
    ];

    /// <summary><see cref="SeedBuilder.Standard"/> plus one activity, task and deal owned by each acting user (and U-EAST).</summary>
    public static void Seed(SeedBuilder seed)
    {
        seed.Standard();
        foreach (var user in Actors.Values.Append("U-EAST"))
        {
            seed.Activity("ACT-" + user, "ACC-NB", user, new DateTime(2026, 11, 2, 16, 0, 0, DateTimeKind.Utc))
                .Task("TSK-" + user, "own task", user)
                .Deal("D-" + user, "ACC-NB", "Deal of " + user, user, DealStage.Lead, 1000);
        }
    }
}
