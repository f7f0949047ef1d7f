using System.Collections.Frozen;

namespace Crm.Skills.Understanding.Index;

/// <summary>
/// The shorter names people use for a record, derived from its stored name: without the legal
/// suffix, the first word or two of a long name, a Chinese name without its city and company form.
/// These are vocabulary about how names are formed, never names themselves.
/// </summary>
public static class NameVariants
{
    private static readonly FrozenSet<string> LegalWords = FrozenSet.Create(StringComparer.Ordinal,
        "corporation", "corp", "inc", "incorporated", "ltd", "limited", "llc", "co", "company", "group",
        "gmbh", "plc", "ag", "sa", "holdings", "the");

    /// <summary>Words too common to stand alone for an account ("Blue" of Blue Harbor).</summary>
    public static readonly FrozenSet<string> CommonWords = FrozenSet.Create(StringComparer.Ordinal,
        "blue", "wide", "fourth", "first", "second", "third", "new", "big", "great", "general", "united",
        "american", "national", "global", "best", "smart", "bright", "green", "red", "black", "white",
        "north", "south", "east", "west", "central", "pacific", "royal", "city", "state", "bank", "data",
        "tech", "digital", "world", "home", "good", "open", "one", "all", "next", "last", "call", "deal",
        "team", "service", "services", "solutions", "systems", "software", "international", "trading",
        "my", "our", "your", "their", "this", "that", "and", "for", "with", "about", "from", "meeting",
        "on", "in", "at", "to", "of", "by", "up", "is", "it", "we", "or", "as", "an", "be", "do", "go", "me", "us", "so", "no",
        "off", "out", "add");

    private static readonly string[] CjkLegalSuffixes =
        ["股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "集团", "公司"];

    public static IEnumerable<(string Name, double Quality)> ForAccount(string name, string? city)
    {
        yield return (name, 1.0);
        if (NameText.HasCjk(name))
        {
            foreach (var v in CjkVariants(NameText.CjkOnly(name), city))
                yield return v;
            yield break;
        }
        var tokens = NameText.Tokens(name);
        var core = tokens.Where(t => !LegalWords.Contains(t)).ToArray();
        if (core.Length > 0 && core.Length < tokens.Length)
            yield return (string.Join(' ', core), 0.95);
        if (core.Length >= 3)
            yield return (string.Join(' ', core.Take(2)), 0.85);
        if (core.Length >= 2 && core[0].Length >= 4 && !CommonWords.Contains(core[0]))
            yield return (core[0], 0.8);
    }

    private static IEnumerable<(string, double)> CjkVariants(string name, string? city)
    {
        var core = name;
        var cityCjk = NameText.CjkOnly(city);
        if (cityCjk.Length > 0 && core.StartsWith(cityCjk, StringComparison.Ordinal) && core.Length > cityCjk.Length + 1)
            core = core[cityCjk.Length..];
        foreach (var suffix in CjkLegalSuffixes)
            if (core.EndsWith(suffix, StringComparison.Ordinal) && core.Length > suffix.Length + 1)
            {
                core = core[..^suffix.Length];
                break;
            }
        if (core != name)
            yield return (core, 0.95);
        // Partial names (青松 for 青松网络): every leading part of two characters or more.
        for (var len = core.Length - 1; len >= 2; len--)
            yield return (core[..len], 0.7);
    }
}
