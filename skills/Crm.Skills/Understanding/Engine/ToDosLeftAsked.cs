using System.Text.RegularExpressions;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// "这周还剩哪些待办", "我这周还有啥待办", "今天要干嘛", "what's left on my plate this week?": a question about what is still
/// to do is a read of the user's open tasks, not a new to-do called "还剩哪些" (待办 alone is a word of writing one).
/// </summary>
public static partial class ToDosLeftAsked
{
    public static bool IsAsked(string text) => ToDosLeft().IsMatch(text);

    // How many or which to-dos are left, the to-dos named before or after the question word ("待办还剩几个"); what to do
    // on a day said ("明天该干啥"); what is still left on the user's plate or list.
    [GeneratedRegex(@"(?:还剩|剩下|还有|有)(?:哪些|啥|什么|几个|几件|多少)(?:个|件)?(?:没做完?的|没完成的|未完成的|要做的)?(?:任务|待办)|(?:任务|待办)(?:还剩|剩下|还有|有)(?:哪些|啥|什么|几个|几件|多少)|^我?(?:今天|明天|今儿|明儿|这周|本周|下周)(?:还)?(?:要|该|得)(?:干|做|忙)(?:点)?(?:嘛|啥|什么|哪些)(?:事)?(?:来着|呢)?[？?]?$|\b(?:what(?:'s|s| is)|anything)\s+(?:still\s+)?(?:left|remaining|outstanding)\s+(?:on\s+(?:my|\w+'s)\s+(?:plate|list|to-?do list|task list)|to do|for me)\b|\bwhat do i (?:still )?have (?:left|remaining|outstanding)\b|\bwhat(?:'s| is) still on (?:my|\w+'s) (?:plate|list|to-?do list)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ToDosLeft();
}
