using System.Globalization;
using Crm.Data.Notifications;

namespace Crm.Skills.Conversation.Notifying;

/// <summary>What the bot says after a notification preference changed, in English or Chinese.</summary>
public static class NotifyText
{
    public static string KindName(NotificationKind kind, bool chinese) => (kind, chinese) switch
    {
        (NotificationKind.TaskDue, false) => "task reminders",
        (NotificationKind.StaleDeal, false) => "quiet-deal reminders",
        (NotificationKind.Renewal, false) => "renewal reminders",
        (NotificationKind.TicketSla, false) => "ticket SLA alerts",
        (NotificationKind.PipelineDigest, false) => "Monday pipeline digests",
        (NotificationKind.TaskDue, true) => "待办提醒",
        (NotificationKind.StaleDeal, true) => "商机停滞提醒",
        (NotificationKind.Renewal, true) => "续约提醒",
        (NotificationKind.TicketSla, true) => "工单超时提醒",
        _ => "每周漏斗周报",
    };

    public static string Switched(NotifyWish wish, bool chinese)
    {
        var name = KindName(wish.Kind, chinese);
        return (wish.Enabled, chinese) switch
        {
            (false, false) => $"Done: no more {name}. Say “turn {name} back on” to get them again.",
            (true, false) => $"Done: {name} are back on.",
            (false, true) => $"好的，已关闭{name}。说“开启{name}”即可恢复。",
            (true, true) => $"好的，已开启{name}。",
        };
    }

    public static string Snoozed(DateOnly until, bool chinese) => chinese
        ? string.Create(CultureInfo.InvariantCulture, $"好的，{until:yyyy-MM-dd} 再提醒您。")
        : string.Create(English, $"Snoozed: I'll remind you again on {until:ddd, MMM d}.");

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static string DigestLinked(bool channel, bool chinese) => (channel, chinese) switch
    {
        (true, false) => "Done: your Monday pipeline digest will be posted in this channel.",
        (false, false) => "Done: your Monday pipeline digest will come to this chat.",
        (true, true) => "好的，以后每周一的漏斗周报会发到这个频道。",
        (false, true) => "好的，以后每周一的漏斗周报会发到这里。",
    };
}
