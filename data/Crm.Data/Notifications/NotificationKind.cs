using System.ComponentModel;

namespace Crm.Data.Notifications;

/// <summary>The kinds of message the bot sends without being asked. Stored snake_case (task_due, renewal…).</summary>
public enum NotificationKind
{
    [Description("Open tasks due today, to the task owner")] TaskDue,
    [Description("Open deals with no activity for 14 days, to the deal owner")] StaleDeal,
    [Description("Contracts ending in 30, 15 and 7 days, to the account owner")] Renewal,
    [Description("Tickets past their SLA due time, to the assignee (urgent ones also to the support lead)")] TicketSla,
    [Description("The Monday pipeline digest, to managers")] PipelineDigest,
}
