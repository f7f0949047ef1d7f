using System.ComponentModel;

namespace Crm.Skills.Permissions;

/// <summary>Every kind of write behaviour §6 speaks of; each write the store sees maps to exactly one.</summary>
public enum WriteAction
{
    [Description("Log a call, meeting, visit, e-mail or note")] LogActivity,
    [Description("Change or remove a logged activity")] EditActivity,
    [Description("Create a task or reminder")] CreateTask,
    [Description("Complete or change a task")] EditTask,
    [Description("Create a deal")] CreateDeal,
    [Description("Change a deal")] ChangeDeal,
    [Description("Open a ticket")] CreateTicket,
    [Description("Change a ticket's status, priority or assignee")] ChangeTicket,
    [Description("Add a comment to a ticket")] CommentTicket,
    [Description("Add or change a contact")] EditContact,
    [Description("Change one's own settings")] ChangeOwnSettings,
    [Description("Change a company-wide setting")] ChangeCompanySettings,
    [Description("Change an account or a user")] EditAccount,
}

/// <summary>How far a role's right to an action reaches.</summary>
public enum Reach
{
    /// <summary>Not at all.</summary>
    None,
    /// <summary>Records the user owns (or wrote).</summary>
    Own,
    /// <summary>Records owned by the user or by anyone in the user's team (or whose manager the user is).</summary>
    Team,
    /// <summary>Every record.</summary>
    Any,
}
