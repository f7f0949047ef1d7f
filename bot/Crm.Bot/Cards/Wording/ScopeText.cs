using Crm.Data.Store;
using Crm.Data.Tickets;

namespace Crm.Bot.Cards.Wording;

/// <summary>
/// Skills describe a list's scope as a code ("mine", "team:West", "account:ACC-1;priority:urgent");
/// this words it. Ids become names where the list itself carries them; text that is not a code
/// (no known key) is left to the caller to show as it is.
/// </summary>
internal static class ScopeText
{
    /// <summary>The scope in words, or null when the description is not a scope code.</summary>
    public static string? Describe(string description, Phrases words, Func<string, string?>? nameOf = null)
    {
        var parts = new List<string>();
        foreach (var part in description.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            var key = colon < 0 ? part : part[..colon];
            var value = colon < 0 ? null : part[(colon + 1)..];
            if (key == "priority" && StoredEnum.TryParse<TicketPriority>(value, out var priority))
                value = words.Priority(priority);
            else if (key == "status" && StoredEnum.TryParse<TicketStatus>(value, out var status))
                value = words.TicketStatus(status);
            else if (value is not null)
                value = nameOf?.Invoke(value) ?? value;
            var worded = words.ScopePart(key, value);
            if (worded is null)
                return null;
            parts.Add(worded);
        }
        return parts.Count == 0 ? null : string.Join(" · ", parts);
    }
}
