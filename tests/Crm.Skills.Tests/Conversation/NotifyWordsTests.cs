using Crm.Data.Notifications;
using Crm.Skills.Conversation.Notifying;

namespace Crm.Skills.Tests.Conversation;

/// <summary>Notification preferences said in chat, and CRM messages that only mention reminders.</summary>
public sealed class NotifyWordsTests
{
    [Theory]
    [InlineData("stop renewal reminders", NotificationKind.Renewal, false)]
    [InlineData("Please turn off the ticket SLA alerts", NotificationKind.TicketSla, false)]
    [InlineData("no more reminders about stale deals", NotificationKind.StaleDeal, false)]
    [InlineData("mute the monday digest", NotificationKind.PipelineDigest, false)]
    [InlineData("turn renewal reminders back on", NotificationKind.Renewal, true)]
    [InlineData("switch task reminders on", NotificationKind.TaskDue, true)]
    [InlineData("resume the pipeline digest", NotificationKind.PipelineDigest, true)]
    public void English_PreferenceSentence_IsReadAsSwitch(string text, NotificationKind kind, bool enabled) =>
        Assert.Equal(new NotifyWish(kind, enabled), NotifyWords.Switch(text, chinese: false));

    [Theory]
    [InlineData("关闭续约提醒", NotificationKind.Renewal, false)]
    [InlineData("不要再发工单超时提醒了", NotificationKind.TicketSla, false)]
    [InlineData("请停止待办提醒", NotificationKind.TaskDue, false)]
    [InlineData("开启续约提醒", NotificationKind.Renewal, true)]
    [InlineData("恢复每周漏斗周报", NotificationKind.PipelineDigest, true)]
    public void Chinese_PreferenceSentence_IsReadAsSwitch(string text, NotificationKind kind, bool enabled) =>
        Assert.Equal(new NotifyWish(kind, enabled), NotifyWords.Switch(text, chinese: true));

    [Theory]
    [InlineData("remind me to send the renewal quote Friday", false)]
    [InlineData("the buyer asked us to stop sending renewal reminders to their old address", false)]
    [InlineData("stop by the warehouse on Monday", false)]
    [InlineData("log a call: they want SLA alerts turned off in the product", false)]
    [InlineData("提醒我周五关闭续约工单", true)]
    [InlineData("客户说关闭续约提醒邮件太麻烦了", true)]
    public void CrmMessage_MentioningReminders_IsNotASwitch(string text, bool chinese) =>
        Assert.Null(NotifyWords.Switch(text, chinese));

    [Theory]
    [InlineData("post the digest here", false, true)]
    [InlineData("share the weekly pipeline digest in this channel", false, true)]
    [InlineData("在这里发周报", true, true)]
    [InlineData("把周报发到这个频道", true, true)]
    [InlineData("post the proposal here tomorrow", false, false)]
    [InlineData("这里的周报写得不错", true, false)]
    public void DigestHere_Sentence_IsRecognizedOnlyWhenAsked(string text, bool chinese, bool expected) =>
        Assert.Equal(expected, NotifyWords.DigestHere(text, chinese));
}
