using System.Text.RegularExpressions;
using Crm.Skills.Understanding.Index;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// Ticket ids as speech recognition and quick typing leave them, "T603", "t 603", written as the store has them
/// ("T-603"), when a ticket with that id exists; other letter-and-number runs ("Q4", "P1", "B2B") stay as they are.
/// </summary>
public static partial class SpokenTicketIds
{
    public static string Hyphenate(string text, StoreIndex index) =>
        index.Tickets.Count == 0 ? text : Unhyphenated().Replace(text, m =>
            $"{m.Groups["prefix"].Value.ToUpperInvariant()}-{m.Groups["number"].Value}" is var id && index.Tickets.ContainsKey(id) ? id : m.Value);

    [GeneratedRegex(@"(?<![\p{L}\p{N}-])(?<prefix>[A-Za-z]{1,4}) ?(?<number>\d{3,6})(?![\d-])")]
    private static partial Regex Unhyphenated();
}
