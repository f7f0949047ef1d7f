using System.Text.RegularExpressions;
using Crm.Skills.Understanding.Language;

namespace Crm.Skills.Understanding.Reading;

/// <summary>
/// A ticket named by what it is about rather than its id: "the SSO ticket", "that invoice case",
/// "the ticket about the login problem", "关于登录的那个工单", "发票的工单". An update also says what
/// changes (a status, a priority, an assignee or a note); "mark the login problem at X as resolved"
/// names it by the problem, which only counts with such a command in front of it.
/// </summary>
public static partial class TicketMentions
{
    /// <summary>The text names one ticket by its description.</summary>
    public static bool IsReference(string text) => !InCase().IsMatch(text) && (Described().IsMatch(text) || DescribedZh().IsMatch(text));

    /// <summary>The segment changes a ticket it names by its description.</summary>
    public static bool IsDescribedUpdate(string segment)
    {
        if (IsQuestion(segment))
            return false;
        if (IsReference(segment))
            return SaysChange(segment);
        return ProblemCommand().IsMatch(segment) || ProblemSettled().IsMatch(segment);
    }

    /// <summary>
    /// "add a note to it: Jane says …", "ok, add a comment then: …", "那帮我加个备注 校长很着急": a note asked for (group "request",
    /// its noun "noun"), then after the colon (in Chinese a space will do) what it says, where a person named is only what the note says.
    /// </summary>
    public static Match NoteAsked(string text) => NoteRequest().Match(text);

    // "那帮我加个备注 校长很着急", "加个备注 客户今晚升级固件", "再加条评论：…": the Chinese request ends at the note word, what
    // follows it is the note.
    [GeneratedRegex(@"^(?<request>(?:(?:ok(?:ay)?|so|then|and|also|please|pls)[\s,]+)*(?:add|put|leave|write|drop)\s+(?:a\s+|another\s+)?(?:quick\s+)?(?<noun>note|comment)\b[^:：]*)[:：]\s*\S"
        + @"|^(?<request>(?:(?:然后|那就|那|好吧|行吧|好的|好|行|嗯|再|先|也)[\s,，]*)*(?:就|再)?(?:帮我|帮忙|麻烦)?(?:加|添|写|留|记|补)(?:个|一个|一条|条|一下|上)?(?<noun>备注|评论|留言))(?:吧|一下)?[\s:：,，]+(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex NoteRequest();

    /// <summary>"…still happening, add that as a note", "…, put that in the notes": the note is what was said before it.</summary>
    public const string ThatAsNote = @"\b(?:add|put|log|save|keep|write|stick|drop)\s+(?:that|this|it)\s+(?:(?:as|in|into|on|to)\s+)?(?:(?:a|the)\s+)?(?:ticket(?:'s)?\s+)?(?:note|comment)s?\b";

    /// <summary>"and open a new one for them", after a ticket was named: a new ticket.</summary>
    public const string AnotherOne = @"^(?:and\s+|also\s+|then\s+)*(?:open|create|log|raise|file|add)\s+(?:a\s+)?(?:new\s+|second\s+|separate\s+)?(?:one|another)\b";

    /// <summary>"add to T-509: …": what follows is a note on that ticket.</summary>
    public const string AddToTicket = @"\badd\s+(?:this\s+|that\s+)?to\s+(?=[A-Za-z]{1,4}-\d)";

    /// <summary>"set it to waiting on customer", "mark it resolved": a change to the ticket the message named before.</summary>
    public static bool IsPronounCommand(string segment) => PronounCommand().IsMatch(segment) && SaysChange(segment);

    /// <summary>"关单", "先挂起吧", "close": a change of status said alone, to the ticket the message named ("T-602 客户确认没问题了，关单").</summary>
    public static bool IsStatusOnly(string segment) => StatusOnly().IsMatch(segment);

    public static bool IsQuestion(string text) => Question().IsMatch(text);

    /// <summary>
    /// "and set it to waiting on customer", "然后改成已解决", "状态改成处理中": a change asked in so many words, which a note
    /// said before it does not take in.
    /// </summary>
    public static bool IsChangeCommand(string segment) =>
        IsPronounCommand(segment) || IsStatusOnly(segment) || IsHandOver(segment) || (ChangeFirst().IsMatch(segment) && SaysChange(segment));

    [GeneratedRegex(@"^(?:(?:然后|再|并且?|最后|and|then|please|also)\s*)*(?:(?:状态|优先级)?(?:改成|改为|设为|设成|调成|调到|调为|标记|标成|标为)|(?:set|mark|change|move)\s+(?:the\s+)?(?:status|priority)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeFirst();

    /// <summary>"assign it to Tom", "hand it over to Avery", "escalate it to Avery", "转给王晓东": the ticket in context handed to a colleague.</summary>
    public static bool IsHandOver(string segment) => HandOver().IsMatch(segment);

    [GeneratedRegex(@"^(?:(?:and|then|please|pls|also)\s+)*(?:assign|reassign|give|hand|pass|escalate)\s+(?:it|this|that|this one|that one|the ticket|the case)\s+(?:over\s+|off\s+)?to\s+\S|^(?:然后|再|并且?|请|麻烦|帮我)*(?:把(?:它|这个|这个工单|工单))?(?:分配给|分给|指派给|派给|交给|转给)", RegexOptions.IgnoreCase)]
    private static partial Regex HandOver();

    /// <summary>
    /// "the Fabrikam overnight sync issue - drop it to low priority": a problem named first, then changed as "it". Only with
    /// such a change after it: "we sorted the pricing issue" alone is no ticket.
    /// </summary>
    public static bool NamesAProblemThenChangesIt(IReadOnlyList<string> segments) =>
        segments.Count > 1 && ProblemNamed().IsMatch(segments[0]) && segments.Skip(1).Any(IsPronounCommand);

    /// <summary>The text says what to change on a ticket: a status, a priority, an assignee or a note.</summary>
    public static bool SaysChange(string text) =>
        Vocabulary.TicketStatuses(text).Any(m => !m.Negated) || Vocabulary.TicketPriorities(text).Any(m => !m.Negated)
        || Command().IsMatch(text);

    // "resolve Hank's ticket", "bump Globex's login case": a ticket named by whose it is (not "it's a ticket for …").
    [GeneratedRegex(@"\b(?:the|that|this)\s+(?:[\p{L}\p{N}'./-]+\s+){0,6}?(?:ticket|case)\b(?!s\b)|\b(?:ticket|case)\s+(?:about|for|on|regarding|re)\b"
        + @"|\b(?!(?:it|that|what|there|here|who|he|she|where|how|let|today|yesterday)['’]s\b)\p{L}+['’]s\s+(?:[\p{L}\p{N}./-]+\s+){0,3}?(?:ticket|case)\b(?!s\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Described();

    [GeneratedRegex(@"(?:关于|有关)\p{IsCJKUnifiedIdeographs}{1,16}?(?:的)?(?:那个|这个|那张|这张)?工单|\p{IsCJKUnifiedIdeographs}{2,16}?(?:的(?:那个|这个|那张|这张)?|那个|这个)工单(?!有哪些|列表)|(?:那个|这个)工单|^(?:把|将)?工单")]
    private static partial Regex DescribedZh();

    /// <summary>"in that case, …" and "just in case" are not tickets.</summary>
    [GeneratedRegex(@"\bin (?:that|this|the|which|any) case\b|\bjust in case\b", RegexOptions.IgnoreCase)]
    private static partial Regex InCase();

    /// <summary>"I'll take the Northwind ticket", "I've got this one": the speaker picks the ticket up.</summary>
    public const string SelfTake = @"\bi(?:'ll| will|'m| am) (?:take|taking|grab|grabbing)\b|\bi(?:'ve| have)? got (?:this|that) one\b";

    [GeneratedRegex(@"^(?:please\s+)?(?:mark|set|close|resolve|reopen|re-open|assign|reassign|escalate)\b|\b(?:assign|reassign|give|hand)\b.{0,60}\bto\b|\b(?:add|put|leave|write)\s+(?:a\s+)?(?:note|comment)\b|^(?:add\s+(?:a\s+)?)?note (?:on|for|to)\b|\bescalate\b|\btak(?:e|ing) (?:it|this|that|over)\b|" + SelfTake + @"|我来(?:处理|跟|接|弄|负责)|我(?:接|接手)了|分配给|分给|指派给|派给|转给|交给|备注|加个?评论|留言|改成|改为|设为|设成|关掉|关闭|重新打开", RegexOptions.IgnoreCase)]
    private static partial Regex Command();

    [GeneratedRegex(@"^(?:(?:先|就|直接|可以|帮我|麻烦|请|那|然后|please|then|and|so)\s*)*(?:关单|结单|关闭|关掉|关了|挂起|close|closed|resolve|resolved)(?:\s*(?:吧|了|啦|掉|it|please|pls))*$", RegexOptions.IgnoreCase)]
    private static partial Regex StatusOnly();

    [GeneratedRegex(@"^(?:please\s+|and\s+|then\s+)*(?:set|mark|move|put|change|switch|flip|close|resolve|reopen|escalate|drop|bump|lower|raise|downgrade|upgrade|knock)\s+(?:it|this|that)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PronounCommand();

    [GeneratedRegex(@"^(?:the|that|this)\s+(?:[\p{L}\p{N}'./-]+\s+){1,6}?(?:issue|problem|bug|outage)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ProblemNamed();

    // "the initech password reset issue is solved": a problem named, then said to be settled, is that ticket resolved; "we
    // sorted the pricing issue" tells of no ticket.
    [GeneratedRegex(@"^(?:the|that|this|their)\s+(?:[\p{L}\p{N}'./-]+\s+){1,6}?(?:problem|issue|bug|outage|error)s?\s+(?:is|was|has been|have been|are|got|'s)\s+(?:now\s+|finally\s+|all\s+|been\s+)*(?:solved|fixed|sorted(?:\s+out)?|resolved)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProblemSettled();

    [GeneratedRegex(@"^(?:please\s+)?(?:mark|set|close|resolve|reopen|re-open|assign|reassign)\s+the\s+(?:[\p{L}\p{N}'./-]+\s+){1,6}?(?:problem|issue|bug)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProblemCommand();

    [GeneratedRegex(@"\?|？|^(?:what|what's|whats|how|how's|any|is|has|where|who|which|show|tell|status|details|give me|pull up|look up)\b|怎么样|进展|进度|什么情况|情况如何|如何了|到哪了|看看|看一下|查一下|哪些|(?:什么|啥)状态|状态(?:如何|怎么样|是什么)|谁在(?:处理|跟|弄|负责)|谁(?:处理|负责|跟进)|\bwho(?:'s| is)\s+(?:on|handling|working on)\b|吗$|呢$", RegexOptions.IgnoreCase)]
    private static partial Regex Question();
}
