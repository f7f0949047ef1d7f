using System.Globalization;
using System.Text.RegularExpressions;
using Crm.Skills.Understanding.Plan;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// "提醒我下周二去康宁医疗做现场调研" → "顺便把康宁那个单子的下一步也改成这个": "这个" is the to-do just written, so the deal's
/// next step becomes that to-do, due on its day. Said the same way in English ("make the next step that too").
/// </summary>
public static partial class ToDoAsNextStep
{
    /// <summary>The message with "this"/"这个" standing for the next step replaced by the last to-do and its day; else unchanged.</summary>
    public static string WithTheToDo(string text, LastWrite last)
    {
        if (That().Match(text) is not { Success: true } that || last.Actions.OfType<CreateTask>().FirstOrDefault() is not { } task)
            return text;
        var step = task.DueAt is { } due ? $"{task.Title} {due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : task.Title;
        var word = that.Groups["that"];
        return string.Concat(text.AsSpan(0, word.Index), step, text.AsSpan(word.Index + word.Length));
    }

    [GeneratedRegex(@"(?:下一步|\bnext\s+step\b)\s*(?:也|都)?\s*(?:改成|改为|换成|设成|设为|定为|定成|写成|就是|是|(?:is|to|as)\b)?\s*(?:也)?\s*(?<that>这个|那个|这件事|那件事|这|那|\bthat\b|\bthis\b|\bthe same\b)\s*(?:吧|\btoo\b|\bas well\b)?\s*[。.!！]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex That();
}
