using System.Text.RegularExpressions;

namespace Crm.Skills.Understanding.Language;

/// <summary>
/// The words of finishing a to-do, in both languages: a task noun ("task", "reminder", 任务, 待办) with a
/// word of completion ("done", "close", 完成, 做完了), not denied ("not done yet", 还没做完), not a
/// request for a new one ("remind me to finish…", 提醒我…) and not a question about tasks. Also the words that only say "that task is
/// done", so what is left of a message describes which task.
/// </summary>
public static partial class TaskWords
{
    /// <summary>True when the segment says a task of the user's is finished and should be closed.</summary>
    public static bool IsCompletion(string segment) =>
        ((TaskNoun().IsMatch(segment) && Completion().IsMatch(segment)) || TickedOff().IsMatch(segment))
        && !NotYet().IsMatch(segment) && !NewTask().IsMatch(segment) && !Listing().IsMatch(segment);

    /// <summary>The segment with the words of "task … done" removed, leaving what the task is about.</summary>
    public static string WithoutCompletionWords(string text) => Completion().Replace(TaskNoun().Replace(text, " "), " ");

    /// <summary>
    /// A to-do said without "remind me": an instruction that starts with a verb of doing and names a day
    /// still to come ("send her the revised quote by Friday", "下周三前把合同发过去", "下周二回访下何店长"). A report ("sent it
    /// yesterday", 已经发过去了), a logged call ("call with Raj Monday") and someone else's promise
    /// (他们周五前把合同发过来) are not, nor is a thing done today ("今天下午…把付款节点确认了一下").
    /// </summary>
    public static bool IsImpliedTask(string segment) =>
        (EnglishInstruction().IsMatch(segment) || (ChineseInstruction().IsMatch(segment) && !ChineseNotMine().IsMatch(segment)))
        && NamesADayToCome(segment);

    // Only whether the day is still to come matters, not which day it is, so any today will do.
    private static readonly DateContext AnyToday = new(new DateOnly(2001, 1, 3));

    private static bool NamesADayToCome(string segment) =>
        DateReader.FindAll(segment, AnyToday).Any(d => d.Kind != DateKind.Period && d.Date >= AnyToday.Today);

    [GeneratedRegex(@"^(?:(?:please|pls|and|also|then|so|ok(?:ay)?)\s+)*(?:send|e-?mail|ring|phone|text|ping|call(?!\s+(?:with|from|about|re)\b)|schedule|book|set up|arrange|prepare|draft|put together|share|forward|chase|follow[- ]?up|check in|circle back|get back to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishInstruction();

    [GeneratedRegex(@"把.{1,12}?(?:发(?!票)|寄|送|交给|递交|提交|传给|准备|整理|安排|(?:再|重新)?(?:核对?|检查|确认|过一遍|修改|更新|改好))(?!了)|^(?:.{0,8}(?:前|之前|以前))?(?:给.{1,10}?(?:发|寄|送|打个?电话|回个?电话)|(?:发|寄|送|提交|准备|安排|约)(?!了))|^.{0,10}?(?:回访|跟进|联系(?!人)|拜访)(?:一?下)?(?!了|过)")]
    private static partial Regex ChineseInstruction();

    /// <summary>Done already, coming to us, or said of someone else.</summary>
    [GeneratedRegex(@"了\s*$|已经|已|过来|回来|^(?:他|她|他们|她们|对方|客户)")]
    private static partial Regex ChineseNotMine();

    [GeneratedRegex(@"\b(?:tasks?|reminders?|to-?dos?|action items?)\b|任务|待办|提醒|事项", RegexOptions.IgnoreCase)]
    private static partial Regex TaskNoun();

    [GeneratedRegex(@"\b(?:mark(?:ed)?|set)\b(?=.{0,80}\b(?:done|complete|completed|finished|closed)\b)|\b(?:as\s+)?(?:done|complete[ds]?|completed|finish(?:ed)?|close[ds]?|(?:tick|check|cross)(?:ed)?\s+off|taken care of|sorted)\b|(?:标记|标为|设为|改为|改成)?(?:已)?(?:完成|做完|搞定|办完|弄完|关掉|关闭|关了|勾掉|划掉|勾了)", RegexOptions.IgnoreCase)]
    private static partial Regex Completion();

    /// <summary>Phrases that are about a to-do even without naming one: "tick it off", "cross that off".</summary>
    [GeneratedRegex(@"\b(?:tick|check|cross)(?:ed)?\s+(?:it|that|this)\s+off\b", RegexOptions.IgnoreCase)]
    private static partial Regex TickedOff();

    [GeneratedRegex(@"\bnot (?:yet |quite )?(?:done|finished|complete)|\b(?:isn'?t|aren'?t|wasn'?t|haven'?t|hasn'?t|didn'?t|not)\s+(?:\w+\s+){0,2}(?:done|finish|finished|complete|completed|close|closed)\b|\bnot yet\b|还没|没有?(?:完成|做完|搞定|办完)|未完成|别关", RegexOptions.IgnoreCase)]
    private static partial Regex NotYet();

    /// <summary>Asking about tasks, not closing one: "show my completed tasks", "which task did I finish?", 哪些任务完成了.</summary>
    [GeneratedRegex(@"\b(?:show|list|display|view|find|what|which|how many)\b|[?？]|\b(?:completed|finished|done|closed)\s+(?:tasks|reminders|to-?dos)\b|哪些|有没有|多少|列出|列一下|看看|看一下|查一下|显示|已完成的(?:任务|待办)", RegexOptions.IgnoreCase)]
    private static partial Regex Listing();

    [GeneratedRegex(@"\bremind (?:me|us)\b|\bset (?:a |up a )?reminder\b|\b(?:new|add a|create a) (?:task|reminder|to-?do)\b|提醒我|提醒一下|记得|别忘了|新建|新增|添加|加个|建个", RegexOptions.IgnoreCase)]
    private static partial Regex NewTask();
}
