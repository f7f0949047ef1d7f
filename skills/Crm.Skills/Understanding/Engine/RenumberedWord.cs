using Crm.Skills.Understanding.Language;
using Crm.Skills.Understanding.Plan;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// "不对 是三号仓" right after a note said 二号仓, "sorry, bay 4" after "bay 2": a word said again with another number in it
/// replaces the one it corrects in the words just written (a ticket's note, a summary, a reminder, a next step), when
/// exactly one word of those fits.
/// </summary>
internal static class RenumberedWord
{
    public static IReadOnlyList<PlannedAction>? Apply(string said, LastWrite last)
    {
        said = TextParts.Tidy(Said(said));
        if (said.Length is < 2 or > 16 || !said.Any(IsNumeral) || said.All(IsNumeral))
            return null;
        var wrong = last.Actions.SelectMany(WordsOf).SelectMany(text => Fitting(text, said)).Distinct().ToList();
        if (wrong is not [var word])
            return null;
        return [.. last.Actions.Select(a => Replaced(a, word, said))];
    }

    /// <summary>"是三号仓", "it's bay 4": what the correction says it was.</summary>
    private static string Said(string text)
    {
        foreach (var lead in new[] { "应该是", "是", "it's ", "it is ", "it was " })
            if (text.StartsWith(lead, StringComparison.OrdinalIgnoreCase))
                return text[lead.Length..];
        return text;
    }

    private static IEnumerable<string> WordsOf(PlannedAction action) => action switch
    {
        UpdateTicket { Comment: { } note } => [note],
        LogActivity a => [a.Summary],
        CreateTask t => [t.Title],
        UpdateDeal { NextStep: { } step } => [step],
        _ => [],
    };

    /// <summary>The stretches of <paramref name="text"/> as long as <paramref name="said"/> that differ from it only in one run of numerals.</summary>
    private static IEnumerable<string> Fitting(string text, string said)
    {
        for (var i = 0; i + said.Length <= text.Length; i++)
        {
            var part = text.Substring(i, said.Length);
            var before = i > 0 && IsNumeral(text[i - 1]);
            var after = i + said.Length < text.Length && IsNumeral(text[i + said.Length]);
            if (!before && !after && DiffersInNumeralsOnly(part, said))
                yield return part;
        }
    }

    private static bool DiffersInNumeralsOnly(string part, string said)
    {
        var differing = Enumerable.Range(0, said.Length).Where(k => part[k] != said[k]).ToList();
        return differing.Count > 0 && differing[^1] - differing[0] + 1 == differing.Count
            && differing.All(k => IsNumeral(part[k]) && IsNumeral(said[k]));
    }

    private static bool IsNumeral(char c) => char.IsAsciiDigit(c) || ChineseNumerals.IsNumeralChar(c);

    private static PlannedAction Replaced(PlannedAction action, string wrong, string right) => action switch
    {
        UpdateTicket { Comment: { } note } t when note.Contains(wrong, StringComparison.Ordinal) => t with { Comment = note.Replace(wrong, right, StringComparison.Ordinal) },
        LogActivity a when a.Summary.Contains(wrong, StringComparison.Ordinal) => a with { Summary = a.Summary.Replace(wrong, right, StringComparison.Ordinal) },
        CreateTask t when t.Title.Contains(wrong, StringComparison.Ordinal) => t with { Title = t.Title.Replace(wrong, right, StringComparison.Ordinal) },
        UpdateDeal { NextStep: { } step } d when step.Contains(wrong, StringComparison.Ordinal) => d with { NextStep = step.Replace(wrong, right, StringComparison.Ordinal) },
        _ => action,
    };
}
