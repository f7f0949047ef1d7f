namespace Crm.Data.Accounts;

/// <summary>
/// The folded form of a company name that lookups and duplicate checks compare: lower case, no
/// accents, no punctuation or spaces, full-width letters folded ("Lakeview, Inc." → "lakeviewinc").
/// </summary>
public static class AccountNames
{
    /// <summary>The unique key of a name: its folded form without spaces ("Acme Corp." → "acmecorp").</summary>
    public static string Normalize(string name) => Names.NameFolding.Fold(name).Replace(" ", "", StringComparison.Ordinal);

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
