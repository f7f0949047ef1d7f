using Crm.Data.Users;

namespace Crm.Skills.Permissions;

/// <summary>
/// Behaviour §6 as a table: role × action → reach. This is the only place rights are written down;
/// the policy reads it, and a test walks every cell.
/// </summary>
public static class PermissionMatrix
{
    private static readonly Dictionary<(UserRole, WriteAction), Reach> Cells = Build();

    public static Reach ReachOf(UserRole role, WriteAction action) =>
        role == UserRole.Admin ? Reach.Any : Cells.GetValueOrDefault((role, action), Reach.None);

    private static Dictionary<(UserRole, WriteAction), Reach> Build()
    {
        var cells = new Dictionary<(UserRole, WriteAction), Reach>();
        void Row(UserRole role, params (WriteAction Action, Reach Reach)[] rights)
        {
            foreach (var (action, reach) in rights)
                cells[(role, action)] = reach;
        }

        // rep: log activities and create tasks anywhere; create and change deals they own; create
        // tickets and comment on them (status, priority and assignee are support's); edit contacts.
        Row(UserRole.Rep,
            (WriteAction.LogActivity, Reach.Any), (WriteAction.EditActivity, Reach.Own),
            (WriteAction.CreateTask, Reach.Any), (WriteAction.EditTask, Reach.Own),
            (WriteAction.CreateDeal, Reach.Own), (WriteAction.ChangeDeal, Reach.Own),
            (WriteAction.CreateTicket, Reach.Any), (WriteAction.CommentTicket, Reach.Any),
            (WriteAction.EditContact, Reach.Any), (WriteAction.ChangeOwnSettings, Reach.Own));
        // manager: what a rep may do, and change any deal owned by someone in their team.
        Row(UserRole.Manager,
            (WriteAction.LogActivity, Reach.Any), (WriteAction.EditActivity, Reach.Own),
            (WriteAction.CreateTask, Reach.Any), (WriteAction.EditTask, Reach.Team),
            (WriteAction.CreateDeal, Reach.Team), (WriteAction.ChangeDeal, Reach.Team),
            (WriteAction.CreateTicket, Reach.Any), (WriteAction.CommentTicket, Reach.Any),
            (WriteAction.EditContact, Reach.Any), (WriteAction.ChangeOwnSettings, Reach.Own));
        // support: log activities; create tasks; create and change tickets; edit contacts; no deals.
        Row(UserRole.Support,
            (WriteAction.LogActivity, Reach.Any), (WriteAction.EditActivity, Reach.Own),
            (WriteAction.CreateTask, Reach.Any), (WriteAction.EditTask, Reach.Own),
            (WriteAction.CreateTicket, Reach.Any), (WriteAction.ChangeTicket, Reach.Any),
            (WriteAction.CommentTicket, Reach.Any), (WriteAction.EditContact, Reach.Any),
            (WriteAction.ChangeOwnSettings, Reach.Own));
        return cells;
    }
}
