using System.ComponentModel;

namespace Crm.Skills.Find;

/// <summary>What kind of record to look for.</summary>
public enum FindKind
{
    [Description("Customer or prospect company (客户)")] Account,
    [Description("Person at an account (联系人)")] Contact,
    [Description("Deal or opportunity (商机)")] Deal,
    [Description("Support ticket (工单)")] Ticket,
}
