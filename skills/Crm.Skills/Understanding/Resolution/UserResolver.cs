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

    /// <summary>Whose deals a question asks about: "Priya's pipeline", or the subject of "what's Sam got closing", "how much does Sam have in proposal".</summary>
    public static Resolved Owner(StoreIndex index, string text) =>
        Possessive(index, text) is { IsNone: false } possessive ? possessive : Near(index, text, SubjectPattern());

    /// <summary>A user named by their whole name ("陈静", "Priya Nair"), wherever it stands; a first name alone may be a contact's.</summary>
    public static Resolved FullName(StoreIndex index, string text) =>
        NamedWith(index, text, 0.999) is { } id ? Resolved.One(id, "user's full name", 1, null) : Resolved.None;

    /// <summary>"李伟和陈静谁的漏斗大": every user named by full name, in the order they are named.</summary>
    public static IReadOnlyList<string> FullNames(StoreIndex index, string text) =>
        [.. MentionFinder.Find(index.UserNames, text).Where(m => m.Quality >= 0.999).OrderBy(m => m.Start).Select(m => m.Id).Distinct()];

    /// <summary>The one user named by full or first name ("I meant Quinn", "陈静还有哪些待办"), or null.</summary>
    public static string? Named(StoreIndex index, string text) => NamedWith(index, text, 0.8);

    private static string? NamedWith(StoreIndex index, string text, double quality) =>
        MentionFinder.Find(index.UserNames, text).Where(m => m.Quality >= quality).Select(m => m.Id).Distinct().ToList() is [var one] ? one : null;

    /// <summary>
    /// A team named as one ("the East team", "team West", "华东团队", "华东组"), or by its name alone where only a team
    /// fits ("top 3 deals for west", "the west pipeline", "华东这季度的漏斗"): its name as the users carry it, or null.
    /// </summary>
    public static string? Team(StoreIndex index, string text)
    {
        foreach (var team in index.Users.Values.Select(u => u.Team).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            var name = Regex.Escape(team);
            var pattern = NameText.IsCjk(team[0])
                ? name + "(?:团队|组|区)|" + name + "(?=(?:这|本|今|下|上)个?(?:季度|月|年|周)|的?(?:漏斗|pipeline|单子|商机))"
                : $@"\b{name}\s+team\b|\bteam\s+{name}\b|\b(?:for|in|on|of)\s+(?:the\s+)?{name}\b(?!\s+(?-i:\p{{Lu}}))|\b{name}(?:'s)?\s+(?:pipeline|deals|forecast|reps)\b";
            if (Regex.IsMatch(text, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))
                return team;
        }
        return null;
    }

    public static Resolved Assignee(StoreIndex index, string text) => Near(index, text, AssignPattern());

    /// <summary>
    /// The text without the colleague it hands something to: in "这个工单转给Tom" or "assign it to Tom" the name is a
    /// user's, so it names no contact (a customer's Tom Wright) and no customer.
    /// </summary>
    public static string WithoutAssignee(StoreIndex index, string text)
    {
        var names = AssignPattern().Matches(text).Select(m => m.Groups["name"])
            .Where(name => MentionFinder.Find(index.UserNames, name.Value).Count > 0 || !ByFamiliarName(index, name.Value).IsNone).ToList();
        for (var k = names.Count - 1; k >= 0; k--)
            text = text.Remove(names[k].Index, names[k].Length);
        return text;
    }

    private static Resolved Near(StoreIndex index, string text, Regex pattern)
    {
        foreach (Match match in pattern.Matches(text))
        {
            var name = match.Groups["name"].Value;
            var hits = MentionFinder.Find(index.UserNames, name);
            if (hits.Count == 0 && ByFamiliarName(index, name) is { IsNone: false } familiar)
                return familiar;
            if (hits.Count == 0)
                continue;
            var top = hits.Max(h => h.Quality);
            return Resolved.Many([.. hits.Where(h => h.Quality >= top - 0.001).Select(h => h.Id).Distinct()], $"user '{name}'", name);
        }
        return Resolved.None;
    }

    /// <summary>
    /// "那小李的呢", "小陈这季度的pipeline": the colleague called by a familiar name in the text, when only one is, and only
    /// one user fits it, or only one of the asker's team (a manager's 小李 is the 李 in their team).
    /// </summary>
    public static string? Familiar(StoreIndex index, string text, string? team) =>
        FamiliarNames(index, text, team) is [var one] ? one : null;

    /// <summary>"小李和小陈这个月各要签多少": every colleague called by a familiar name, in the order they are called.</summary>
    public static IReadOnlyList<string> FamiliarNames(StoreIndex index, string text, string? team)
    {
        List<string> named = [];
        foreach (Match said in FamiliarAnywhere().Matches(text))
        {
            var found = ByFamiliarName(index, said.Value);
            if (found.IsUnique)
                named.Add(found.Id!);
            else if (found.Candidates.Where(id => index.Users.TryGetValue(id, out var user) && user.Team == team).ToList() is [var ours])
                named.Add(ours);
        }
        return [.. named.Distinct()];
    }

    [GeneratedRegex(@"[小老]\p{IsCJKUnifiedIdeographs}{1,2}|\p{IsCJKUnifiedIdeographs}[姐哥]")]
    private static partial Regex FamiliarAnywhere();

    /// <summary>
    /// How colleagues call each other in Chinese: 小王, 老李 (a prefix and the surname), 王姐, 李哥 (the
    /// surname and a suffix). The users whose Chinese name starts with that surname; several stay a choice.
    /// </summary>
    private static Resolved ByFamiliarName(StoreIndex index, string said)
    {
        var match = FamiliarName().Match(said);
        if (!match.Success)
            return Resolved.None;
        var surname = match.Groups["surname"].Value;
        foreach (var length in new[] { 2, 1 })
        {
            if (surname.Length < length)
                continue;
            var key = surname[..length];
            var users = index.Users.Values.Where(u => u.Name.Length > length && u.Name.StartsWith(key, StringComparison.Ordinal)
                && NameText.IsCjk(u.Name[0])).Select(u => u.Id).Order(StringComparer.Ordinal).ToList();
            if (users.Count > 0)
                return Resolved.Many(users, $"user called '{match.Value}'", match.Value);
        }
        return Resolved.None;
    }

    [GeneratedRegex(@"^(?:[小老](?<surname>\p{IsCJKUnifiedIdeographs}{1,2})|(?<surname>\p{IsCJKUnifiedIdeographs})[姐哥])")]
    private static partial Regex FamiliarName();

    [GeneratedRegex(@"(?<name>\b\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)'s\b|(?<name>\p{IsCJKUnifiedIdeographs}{2,3}?|\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)\s*(?:手上|手里|名下)?的(?=单子|商机|客户|pipeline|漏斗)")]
    private static partial Regex PossessivePattern();

    // "what open deals does priya have?": a word may describe the deals, and a name typed lower-case is still a user's.
    [GeneratedRegex(@"\b(?i:what|which|how\s+much|how\s+many)(?:\s+(?i:open|active|big|new|current|live))?(?:\s+(?i:deals|opportunities|opps|tickets))?(?:'s|\s+is|\s+has|\s+does|\s+do)\s+(?<name>\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?|\p{Ll}+(?:\s\p{Ll}+)?)\s+(?:got|have|has)\b")]
    private static partial Regex SubjectPattern();

    // "escalate the dashboard one to Avery": escalated to a colleague is handed to them.
    [GeneratedRegex(@"\b(?:assign(?:ed)?|give|hand|reassign|escalate)\b[^.,;]*?\bto\s+(?<name>\p{L}+(?:\s\p{Lu}\p{L}+)?)|(?:分配给|分给|指派给|派给|交给|转给)\s*(?<name>\p{IsCJKUnifiedIdeographs}{2,3}|[A-Za-z]+(?:\s[A-Z][a-z]+)?)", RegexOptions.IgnoreCase)]
    private static partial Regex AssignPattern();
}
