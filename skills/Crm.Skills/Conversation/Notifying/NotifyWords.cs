using System.Text.RegularExpressions;
using Crm.Data.Notifications;

namespace Crm.Skills.Conversation.Notifying;

/// <summary>Turning one kind of notification on or off, as said in English or Chinese.</summary>
public sealed record NotifyWish(NotificationKind Kind, bool Enabled);

/// <summary>
/// The words for notification preferences ("stop renewal reminders", "关闭续约提醒", "post the digest
/// here", "在这里发周报"). Checked before the engine, and narrow on purpose: the message must start
/// with the switch and name a kind of reminder, so a CRM note that mentions reminders is still a note.
/// </summary>
public static partial class NotifyWords
{
    private const int MaxLength = 80;

    public static NotifyWish? Switch(string text, bool chinese)
    {
        var lower = text.Trim().ToLowerInvariant();
        if (lower.Length > MaxLength)
            return null;
        return chinese ? Chinese(lower) : English(lower);
    }

    /// <summary>True for "post the digest here" / "在这里发周报".</summary>
    public static bool DigestHere(string text, bool chinese)
    {
        var lower = text.Trim().ToLowerInvariant();
        return lower.Length <= MaxLength && (chinese ? ChineseDigestHere() : EnglishDigestHere()).IsMatch(lower);
    }

    private static NotifyWish? English(string lower)
    {
        if (!EnglishNoun().IsMatch(lower) || EnglishKind(lower) is not { } kind)
            return null;
        if (EnglishOn().IsMatch(lower))
            return new NotifyWish(kind, true);
        return EnglishOff().IsMatch(lower) ? new NotifyWish(kind, false) : null;
    }

    private static NotifyWish? Chinese(string lower)
    {
        // "提醒我…" asks for a task, never a preference.
        if (lower.Contains("提醒我", StringComparison.Ordinal) || !ChineseNoun().IsMatch(lower) || ChineseKind(lower) is not { } kind)
            return null;
        if (ChineseOn().IsMatch(lower))
            return new NotifyWish(kind, true);
        return ChineseOff().IsMatch(lower) ? new NotifyWish(kind, false) : null;
    }

    private static NotificationKind? EnglishKind(string lower) =>
        EnglishDigest().IsMatch(lower) ? NotificationKind.PipelineDigest
        : EnglishRenewal().IsMatch(lower) ? NotificationKind.Renewal
        : EnglishTicket().IsMatch(lower) ? NotificationKind.TicketSla
        : EnglishDeal().IsMatch(lower) ? NotificationKind.StaleDeal
        : EnglishTask().IsMatch(lower) ? NotificationKind.TaskDue
        : null;

    private static NotificationKind? ChineseKind(string lower) =>
        ChineseDigest().IsMatch(lower) ? NotificationKind.PipelineDigest
        : ChineseRenewal().IsMatch(lower) ? NotificationKind.Renewal
        : ChineseTicket().IsMatch(lower) ? NotificationKind.TicketSla
        : ChineseDeal().IsMatch(lower) ? NotificationKind.StaleDeal
        : ChineseTask().IsMatch(lower) ? NotificationKind.TaskDue
        : null;

    [GeneratedRegex(@"\bdigests?\b|\bweekly\b|\bmonday\b")]
    private static partial Regex EnglishDigest();

    [GeneratedRegex(@"\brenewals?\b|\bcontract end")]
    private static partial Regex EnglishRenewal();

    [GeneratedRegex(@"\bsla\b|\btickets?\b")]
    private static partial Regex EnglishTicket();

    [GeneratedRegex(@"\b(stale|quiet|idle|inactive|stalled|deals?)\b")]
    private static partial Regex EnglishDeal();

    [GeneratedRegex(@"\b(tasks?|to-?dos?|due)\b")]
    private static partial Regex EnglishTask();

    [GeneratedRegex("周报|简报|漏斗")]
    private static partial Regex ChineseDigest();

    [GeneratedRegex("续约|续签|合同到期")]
    private static partial Regex ChineseRenewal();

    [GeneratedRegex("工单|sla")]
    private static partial Regex ChineseTicket();

    [GeneratedRegex("商机|停滞")]
    private static partial Regex ChineseDeal();

    [GeneratedRegex("待办|任务|到期")]
    private static partial Regex ChineseTask();

    [GeneratedRegex(@"\b(reminders?|reminding|notifications?|alerts?|digests?|nudges?)\b")]
    private static partial Regex EnglishNoun();

    [GeneratedRegex(@"^(please |pls |can you |could you )?(stop|disable|mute|pause|silence|unsubscribe|turn off|switch off|no more|don'?t send|do not send)\b|^(please )?(turn|switch) .*\boff\b")]
    private static partial Regex EnglishOff();

    [GeneratedRegex(@"^(please |pls |can you |could you )?(start|enable|resume|restart|unmute|turn on|switch on)\b|^(please )?(turn|switch) .*\bon( again)?[.!]?$")]
    private static partial Regex EnglishOn();

    [GeneratedRegex(@"^(please |can you |could you )?(post|send|share|put) (the |my |our )?(weekly |monday )?(pipeline )?digest (here|in this channel|to this channel|in here)\b")]
    private static partial Regex EnglishDigestHere();

    [GeneratedRegex("提醒|通知|周报|推送|简报|预警")]
    private static partial Regex ChineseNoun();

    [GeneratedRegex("^(请|帮我|麻烦)?(关闭|关掉|停止|停掉|暂停|取消|屏蔽|不要再?|别再?|不用再?|不再)")]
    private static partial Regex ChineseOff();

    [GeneratedRegex("^(请|帮我|麻烦)?(重新)?(开启|打开|恢复|开通|启用|继续)")]
    private static partial Regex ChineseOn();

    [GeneratedRegex("^(请|麻烦)?(在这里|在这个频道|在本频道)(发|推送|发送)(每周)?(漏斗)?(周报|简报)|^(请|麻烦)?把?(每周)?(漏斗)?(周报|简报)(发|推送|发送)(到|在)(这里|这个频道|本频道)")]
    private static partial Regex ChineseDigestHere();
}
