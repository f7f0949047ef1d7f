using System.Text.RegularExpressions;

namespace Crm.Skills.Understanding.Language;

/// <summary>
/// The words of finishing a to-do, in both languages: a task noun ("task", "reminder", 任务, 待办) with a
/// word of completion ("done", "close", 完成, 做完了), not denied ("not done yet", 还没做完) and not a
/// request for a new one ("remind me to finish…", 提醒我…). Also the words that only say "that task is
/// done", so what is left of a message describes which task.
/// </summary>
public static partial class TaskWords
{
    /// <summary>True when the segment says a task of the user's is finished and should be closed.</summary>
    public static bool IsCompletion(string segment) =>
        TaskNoun().IsMatch(segment) && Completion().IsMatch(segment)
        && !NotYet().IsMatch(segment) && !NewTask().IsMatch(segment);

    /// <summary>The segment with the words of "task … done" removed, leaving what the task is about.</summary>
    public static string WithoutCompletionWords(string text) => Completion().Replace(TaskNoun().Replace(text, " "), " ");

    [GeneratedRegex(@"\b(?:tasks?|reminders?|to-?dos?|action items?)\b|任务|待办|提醒|事项", RegexOptions.IgnoreCase)]
    private static partial Regex TaskNoun();

    [GeneratedRegex(@"\b(?:mark(?:ed)?|set)\b(?=.{0,80}\b(?:done|complete|completed|finished|closed)\b)|\b(?:as\s+)?(?:done|complete[ds]?|completed|finish(?:ed)?|close[ds]?|(?:tick|check|cross)(?:ed)?\s+off|taken care of|sorted)\b|(?:标记|标为|设为|改为|改成)?(?:已)?(?:完成|做完|搞定|办完|弄完|关掉|关闭|关了)", RegexOptions.IgnoreCase)]
    private static partial Regex Completion();

    [GeneratedRegex(@"\bnot (?:yet |quite )?(?:done|finished|complete)|\b(?:isn'?t|aren'?t|wasn'?t|haven'?t|hasn'?t|didn'?t|not)\s+(?:\w+\s+){0,2}(?:done|finish|finished|complete|completed|close|closed)\b|\bnot yet\b|还没|没有?(?:完成|做完|搞定|办完)|未完成|别关", RegexOptions.IgnoreCase)]
    private static partial Regex NotYet();

    [GeneratedRegex(@"\bremind (?:me|us)\b|\bset (?:a |up a )?reminder\b|\b(?:new|add a|create a) (?:task|reminder|to-?do)\b|提醒我|提醒一下|记得|别忘了|新建|新增|添加|加个|建个", RegexOptions.IgnoreCase)]
    private static partial Regex NewTask();
}
