using System.Globalization;
using System.Text;

namespace Crm.Data.Accounts;

/// <summary>
/// The folded form of a company name that lookups and duplicate checks compare: lower case, no
/// accents, no punctuation or spaces, full-width letters folded ("Lakeview, Inc." → "lakeviewinc").
/// </summary>
public static class AccountNames
{
    public static string Normalize(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormKD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            if (char.IsLetterOrDigit(c))
                folded.Append(char.ToLowerInvariant(c));
        }
        return folded.ToString();
    }

    /// <summary>The alias rows for an account's aliases, in order.</summary>
    public static List<AccountAlias> Aliases(string accountId, IEnumerable<string> aliases) =>
        [.. aliases.Select((alias, i) => new AccountAlias
        {
            AccountId = accountId,
            Alias = alias,
            NormalizedAlias = Normalize(alias),
            Position = i,
        })];
}
