using System.Text.RegularExpressions;
using Crm.Skills.Understanding.Index;

namespace Crm.Skills.Understanding.Resolution;

/// <summary>
/// Users named in a message, only where a user is meant: "Kai's deals", "Kai's Lakeview deal",
/// "assign to Kai", "分给某某". A bare first name is left to contacts.
/// </summary>
public static partial class UserResolver
{
    public static Resolved Possessive(StoreIndex index, string text) => Near(index, text, PossessivePattern());

    public static Resolved Assignee(StoreIndex index, string text) => Near(index, text, AssignPattern());

    private static Resolved Near(StoreIndex index, string text, Regex pattern)
    {
        foreach (Match match in pattern.Matches(text))
        {
            var name = match.Groups["name"].Value;
            var hits = MentionFinder.Find(index.UserNames, name);
            if (hits.Count == 0)
                continue;
            var top = hits.Max(h => h.Quality);
            return Resolved.Many([.. hits.Where(h => h.Quality >= top - 0.001).Select(h => h.Id).Distinct()], $"user '{name}'", name);
        }
        return Resolved.None;
    }

    [GeneratedRegex(@"(?<name>\b\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)'s\b|(?<name>\p{IsCJKUnifiedIdeographs}{2,3})的(?=单子|商机|客户|pipeline|漏斗)")]
    private static partial Regex PossessivePattern();

    [GeneratedRegex(@"\b(?:assign(?:ed)?|give|hand|reassign)\b[^.,;]*?\bto\s+(?<name>\p{L}+(?:\s\p{Lu}\p{L}+)?)|(?:分给|指派给|交给|转给)(?<name>\p{IsCJKUnifiedIdeographs}{2,3})", RegexOptions.IgnoreCase)]
    private static partial Regex AssignPattern();
}
