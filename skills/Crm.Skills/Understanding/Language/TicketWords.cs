using Crm.Data.Tickets;

namespace Crm.Skills.Understanding.Language;

/// <summary>Ticket priority and status words, in English and Chinese.</summary>
internal static class TicketWords
{
    /// <summary>A ticket's id: "T-601", "t-1042". "net-60 terms", "COVID-19", "ISO-9001" are shaped like ids and are not tickets.</summary>
    public const string IdPattern = @"(?<![A-Za-z0-9-])(?!(?i:net|covid|iso|sku|win|ios)-)[A-Za-z]{1,4}-\d{2,6}(?![\d-])";

    // A bare 高 or 低 is a priority once a verb sets the ticket to it: "改成高", "降成低", "提到高", "设置为低".
    // Declared before the lexicon that uses it, as static fields start in order.
    private static readonly string[] SetVerbs =
        ["改成", "改为", "改到", "设为", "设成", "设置为", "设置成", "调到", "调成", "调为", "调至", "换成", "降到", "降为", "降成", "降至",
         "提到", "提为", "提成", "提至", "升到", "升为", "升成", "升至", "定为", "定成", "标成", "标为", "弄成"];

    private static IEnumerable<(string, TicketPriority?)> SetTo(string level, TicketPriority priority) =>
        SetVerbs.Select(verb => (verb + level, (TicketPriority?)priority));

    // A bare 高 or 低 is left out on purpose: "价格有点高" is about price, not priority.
    public static readonly Lexicon<TicketPriority> Priorities = new([
        ("urgent", TicketPriority.Urgent), ("critical", TicketPriority.Urgent), ("p1", TicketPriority.Urgent), ("sev1", TicketPriority.Urgent),
        ("sev 1", TicketPriority.Urgent), ("severity 1", TicketPriority.Urgent), ("blocker", TicketPriority.Urgent), ("asap", TicketPriority.Urgent),
        ("紧急", TicketPriority.Urgent), ("特急", TicketPriority.Urgent), ("非常紧急", TicketPriority.Urgent), ("加急", TicketPriority.Urgent), ("十万火急", TicketPriority.Urgent),
        ("high", TicketPriority.High), ("high priority", TicketPriority.High), ("p2", TicketPriority.High), ("high-priority", TicketPriority.High),
        ("优先级:高", TicketPriority.High), ("优先级为高", TicketPriority.High), ("优先级是高", TicketPriority.High),
        ("调高", TicketPriority.High), ("优先级高", TicketPriority.High), ("高优先级", TicketPriority.High), ("高优", TicketPriority.High), ("比较急", TicketPriority.High),
        ("normal", TicketPriority.Normal), ("medium", TicketPriority.Normal), ("p3", TicketPriority.Normal), ("normal priority", TicketPriority.Normal),
        ("普通", TicketPriority.Normal), ("一般", TicketPriority.Normal), ("中等", TicketPriority.Normal), ("普通优先级", TicketPriority.Normal), ("优先级普通", TicketPriority.Normal),
        ("low", TicketPriority.Low), ("low priority", TicketPriority.Low), ("p4", TicketPriority.Low), ("minor", TicketPriority.Low),
        ("优先级:低", TicketPriority.Low), ("优先级为低", TicketPriority.Low), ("优先级是低", TicketPriority.Low),
        ("调低", TicketPriority.Low), ("优先级低", TicketPriority.Low), ("低优先级", TicketPriority.Low), ("不急", TicketPriority.Low), ("不着急", TicketPriority.Low),
        // "…missing the October orders. not a big deal but can you log a ticket": said to play it down, the problem can wait.
        ("not a big deal", TicketPriority.Low), ("no big deal", TicketPriority.Low), ("no rush", TicketPriority.Low), ("no hurry", TicketPriority.Low),
        ("not in a rush", TicketPriority.Low), ("not in a hurry", TicketPriority.Low), ("不用急", TicketPriority.Low), ("不用着急", TicketPriority.Low),
        ("提高", null), ("高兴", null), ("高层", null), ("高管", null), ("降低", null), ("低于", null), ("高于", null), ("最低", null), ("最高", null), ("一般来说", null),
        .. SetTo("高", TicketPriority.High), .. SetTo("低", TicketPriority.Low)]);

    public static readonly Lexicon<TicketStatus> Statuses = new(
        ("in progress", TicketStatus.Open), ("working on it", TicketStatus.Open), ("working on", TicketStatus.Open), ("investigating", TicketStatus.Open),
        ("reopen", TicketStatus.Open), ("reopened", TicketStatus.Open), ("re-open", TicketStatus.Open), ("set to open", TicketStatus.Open), ("status to open", TicketStatus.Open),
        ("mark as open", TicketStatus.Open), ("mark it open", TicketStatus.Open), ("back to open", TicketStatus.Open),
        ("处理中", TicketStatus.Open), ("正在处理", TicketStatus.Open), ("处理起来", TicketStatus.Open), ("开始处理", TicketStatus.Open), ("着手处理", TicketStatus.Open), ("start on it", TicketStatus.Open), ("starting on it", TicketStatus.Open), ("picking it up", TicketStatus.Open), ("pick it up", TicketStatus.Open), ("跟进中", TicketStatus.Open), ("重新打开", TicketStatus.Open), ("在处理", TicketStatus.Open),
        ("waiting on customer", TicketStatus.Pending), ("waiting on the customer", TicketStatus.Pending), ("waiting for customer", TicketStatus.Pending),
        ("waiting for the customer", TicketStatus.Pending), ("waiting on them", TicketStatus.Pending), ("awaiting customer", TicketStatus.Pending),
        ("on hold", TicketStatus.Pending), ("pending", TicketStatus.Pending),
        ("等客户回复", TicketStatus.Pending), ("待客户", TicketStatus.Pending), ("等待客户", TicketStatus.Pending), ("等客户", TicketStatus.Pending), ("挂起", TicketStatus.Pending),
        ("fixed", TicketStatus.Resolved), ("solved", TicketStatus.Resolved), ("resolved", TicketStatus.Resolved), ("resolve", TicketStatus.Resolved),
        ("done", TicketStatus.Resolved), ("sorted", TicketStatus.Resolved),
        ("已解决", TicketStatus.Resolved), ("解决了", TicketStatus.Resolved), ("修好了", TicketStatus.Resolved), ("搞定了", TicketStatus.Resolved),
        ("已修复", TicketStatus.Resolved), ("修复了", TicketStatus.Resolved),
        // "T-605 标记解决", "标成解决": the status named after the word for marking it.
        ("标记解决", TicketStatus.Resolved), ("标记为解决", TicketStatus.Resolved), ("标记成解决", TicketStatus.Resolved), ("标为解决", TicketStatus.Resolved),
        ("标成解决", TicketStatus.Resolved), ("标解决", TicketStatus.Resolved), ("改成解决", TicketStatus.Resolved), ("设为解决", TicketStatus.Resolved),
        ("closed", TicketStatus.Closed), ("close the ticket", TicketStatus.Closed), ("close this ticket", TicketStatus.Closed), ("close it", TicketStatus.Closed),
        ("关闭", TicketStatus.Closed), ("关掉", TicketStatus.Closed), ("关了", TicketStatus.Closed), ("结单", TicketStatus.Closed), ("关单", TicketStatus.Closed),
        ("open a ticket", null), ("open a case", null), ("open an issue", null), ("open tickets", null), ("open deals", null), ("没解决", null), ("未解决", null), ("还没解决", null));
}
