using System.Text.RegularExpressions;

namespace Crm.Skills.Understanding.Engine;

/// <summary>"undo", "undo that", "revert", "撤销", "撤回", "算了，撤销吧"; after a write also "scratch that" (<see cref="IsDismissal"/>).</summary>
public static partial class UndoInterpreter
{
    public static bool IsUndo(string text) => Undo().IsMatch(text.Trim());

    /// <summary>"undo, wrong deal - it's the Humongous one that's lost": what is said after the command, or "".</summary>
    public static string SaidAfter(string text) => Undo().Match(text.Trim()).Groups["why"].Value.Trim(' ', ',', ';', ':', '-', '–', '—');

    /// <summary>"redo", "undo the undo", "重做": the change set just undone, written again.</summary>
    public static bool IsRedo(string text) => Redo().IsMatch(text.Trim());

    [GeneratedRegex(@"^(?:(?:oops|sorry|wait|no|actually|ok(?:ay)?),?\s+)*(?:please\s+)?(?:redo|re-do|undo (?:the|that|my) undo)(?:\s+(?:that|it|this))?(?:\s+please)?[\s!.]*$|^(?:算了[，,]?\s*)?(?:重做|再做一遍)[吧。！!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Redo();

    /// <summary>
    /// "scratch that", "delete that", "刚才那条不要了": a dismissal of what was just said, which is an undo when the last
    /// message wrote something and no question is open (otherwise it may be dropping the question instead).
    /// </summary>
    public static bool IsDismissal(string text) => Dismissal().IsMatch(text.Trim());

    [GeneratedRegex(@"^(?:(?:oops|no|nah|nope|wait|hmm|ugh|sorry|actually|never ?mind|ok(?:ay)?),?\s+)*(?:scratch|forget|delete|remove|drop|ignore|bin)\s+(?:that|this|it)(?:\s+(?:last\s+)?(?:one|entry|bit|message))?(?:,?\s+please)?" + Why + @"[\s!.]*$"
        + @"|^算了[，,]?\s*(?:删掉|删了|不要了|作废|撤了)吧?[。！!]*$"
        + @"|^(?:算了[，,]?\s*)?(?:(?:刚才|上一条|那条|这条)(?:的|那条|那个)?.{0,2}(?:不要了|删掉吧?|删了吧?|作废|不算)|(?:删掉|删了|作废)(?:刚才|上一条|那条|这条)(?:的|那条|那个)?)[吧。！!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Dismissal();

    // "never mind, delete that - turned out she was on the wrong login", "wait, undo – the paperwork isn't signed yet": why, after
    // a dash, or after a comma when it says so; not "scratch that, make it a meeting", which corrects.
    private const string Why = @"(?<why>\s*[-–—;:]\s+[^?]{1,160}|,\s*(?:turned out|it turns out|because|since|as|my mistake|wrong)\b[^?]{0,160})?";

    // A short lead-in may come first ("oops, wrong deal - undo", "that was wrong, undo it"): the message ends in the command.
    [GeneratedRegex(@"^(?:[^.!?]{1,40}?[,;:.!\-–—]\s*)?(?:please\s+|(?:can|could) you\s+|oops,?\s+|no,?\s+|(?:scratch|forget|cancel) (?:that|it)[\s,.!]*|never ?mind[\s,.!]*|my bad[\s,.!]*)*(?:undo|revert|roll ?back|roll (?:that|it|this) back|take (?:that|it) back|cancel (?:that|the last (?:one|change)))(?:\s+(?:(?:all\s+(?:of\s+)?)?(?:that|it|this|those)|all|everything|the last (?:one|change|message)|my last change))?(?:\s+please)?" + Why + @"[\s!.]*$|撤销|撤回|撤消|回滚|取消刚才|恢复原样", RegexOptions.IgnoreCase)]
    private static partial Regex Undo();
}
