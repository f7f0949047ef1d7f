using System.Text.RegularExpressions;

namespace Crm.Skills.Understanding.Engine;

/// <summary>"undo", "undo that", "revert", "撤销", "撤回", "算了，撤销吧".</summary>
public static partial class UndoInterpreter
{
    public static bool IsUndo(string text) => Undo().IsMatch(text.Trim());

    [GeneratedRegex(@"^(?:please\s+|oops,?\s+|no,?\s+|(?:scratch|forget|cancel) (?:that|it)[\s,.!]*|never ?mind[\s,.!]*|my bad[\s,.!]*)*(?:undo|revert|roll ?back|take (?:that|it) back|cancel (?:that|the last (?:one|change)))(?:\s+(?:that|it|this|the last (?:one|change|message)|my last change))?(?:\s+please)?[\s!.]*$|撤销|撤回|撤消|回滚|取消刚才|恢复原样", RegexOptions.IgnoreCase)]
    private static partial Regex Undo();
}
