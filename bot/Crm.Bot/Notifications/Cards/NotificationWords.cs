using Crm.Skills.Conversation;

namespace Crm.Bot.Notifications.Cards;

/// <summary>The words of notification cards, in English or Chinese (the rest comes from the shared card phrases).</summary>
internal abstract class NotificationWords
{
    public static NotificationWords For(ReplyLanguage language) => language == ReplyLanguage.Chinese ? Chinese.Instance : English.Instance;

    public abstract string TaskDue { get; }
    public abstract string QuietDeal(string deal, int days);
    public abstract string Renewal(string account, int daysLeft);
    public abstract string TicketLate(string id);
    public abstract string TicketLateLead(string id);
    public abstract string Digest { get; }
    public abstract string LastActivity { get; }
    public abstract string DoneButton { get; }
    public abstract string SnoozeButton { get; }
    public abstract string SummaryButton { get; }
    public abstract string OptOutHint(string kindName);

    private sealed class English : NotificationWords
    {
        public static readonly English Instance = new();
        public override string TaskDue => "⏰ Due today";
        public override string QuietDeal(string deal, int days) => $"💤 {deal}: no activity for {days} days";
        public override string Renewal(string account, int daysLeft) => daysLeft == 0
            ? $"🔁 {account}: contract ends today" : $"🔁 {account}: contract ends in {daysLeft} day{(daysLeft == 1 ? "" : "s")}";
        public override string TicketLate(string id) => $"⏱ {id} is past its SLA";
        public override string TicketLateLead(string id) => $"⏱ Urgent ticket {id} is past its SLA";
        public override string Digest => "📊 Monday pipeline digest";
        public override string LastActivity => "Last activity";
        public override string DoneButton => "Mark done";
        public override string SnoozeButton => "Snooze 1 day";
        public override string SummaryButton => "Open summary";
        public override string OptOutHint(string kindName) => $"Say “stop {kindName}” to turn these off.";
    }

    private sealed class Chinese : NotificationWords
    {
        public static readonly Chinese Instance = new();
        public override string TaskDue => "⏰ 今天到期";
        public override string QuietDeal(string deal, int days) => $"💤 {deal}：已 {days} 天没有跟进";
        public override string Renewal(string account, int daysLeft) => daysLeft == 0
            ? $"🔁 {account}：合同今天到期" : $"🔁 {account}：合同还有 {daysLeft} 天到期";
        public override string TicketLate(string id) => $"⏱ 工单 {id} 已超过 SLA 时限";
        public override string TicketLateLead(string id) => $"⏱ 紧急工单 {id} 已超过 SLA 时限";
        public override string Digest => "📊 每周一漏斗周报";
        public override string LastActivity => "最近跟进";
        public override string DoneButton => "标记完成";
        public override string SnoozeButton => "明天再提醒";
        public override string SummaryButton => "查看客户概况";
        public override string OptOutHint(string kindName) => $"说“关闭{kindName}”即可不再接收。";
    }
}
