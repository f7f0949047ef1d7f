namespace Crm.Data.Accounts;

/// <summary>
/// Finds existing accounts a new name probably means: the same folded name or alias, the same name
/// once legal suffixes are dropped ("Lakeview Ltd" ~ "Lakeview", "青松网络有限公司" ~ "青松网络"), or a
/// one-letter typo in a longer name.
/// </summary>
public sealed class SimilarAccountNames
{
    private static readonly string[] LegalSuffixes =
        ["股份有限公司", "有限责任公司", "有限公司", "集团", "公司", "incorporated", "corporation", "company", "limited",
         "holdings", "group", "gmbh", "corp", "inc", "llc", "ltd", "plc", "co", "sa", "ag"];

    private readonly List<(string Id, string Name, string Folded, string Core)> known = [];

    public void Add(string id, string displayName, IEnumerable<string> names)
    {
        foreach (var name in names.Prepend(displayName))
        {
            var folded = AccountNames.Normalize(name);
            if (folded.Length > 0)
                known.Add((id, displayName, folded, Core(folded)));
        }
    }

    /// <summary>The first known account the name looks like, or null.</summary>
    public (string Id, string Name)? Find(string name)
    {
        var folded = AccountNames.Normalize(name);
        var core = Core(folded);
        foreach (var k in known)
        {
            if (k.Folded == folded || (core.Length > 1 && k.Core == core))
                return (k.Id, k.Name);
        }
        foreach (var k in known)
        {
            if (core.Length >= 6 && Math.Abs(k.Core.Length - core.Length) <= 1 && Distance(k.Core, core) <= 1)
                return (k.Id, k.Name);
        }
        return null;
    }

    private static string Core(string folded)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var suffix in LegalSuffixes)
            {
                if (folded.Length > suffix.Length && folded.EndsWith(suffix, StringComparison.Ordinal))
                {
                    folded = folded[..^suffix.Length];
                    changed = true;
                }
            }
        }
        return folded;
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }
}
