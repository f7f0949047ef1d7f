using System.Globalization;
using Crm.Data.Accounts;
using Crm.Data.Activities;
using Crm.Data.Deals;
using Crm.Data.Store;
using Crm.Data.Tasks;
using Crm.Data.Tickets;
using Crm.Skills.Results;

namespace Crm.Bot.Cards.Wording;

/// <summary>
/// Words one side of a <see cref="FieldDelta"/>: the results carry invariant text (enums as
/// stored, dates yyyy-MM-dd, instants ISO UTC), people read stage names, money and local times.
/// </summary>
internal sealed class FieldValues(Phrases words, Formatter format)
{
    public string Show(string entity, FieldDelta delta, string? value)
    {
        if (string.IsNullOrEmpty(value))
            return words.Empty;
        var field = FieldKey.Normalize(delta.Field);
        var collection = entity.ToLowerInvariant();
        if (delta.Currency is not null && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var money))
            return format.Money(money, delta.Currency);
        return field switch
        {
            "stage" => Enum<DealStage>(value, words.Stage),
            "priority" => Enum<TicketPriority>(value, words.Priority),
            "status" when collection.StartsWith("ticket", StringComparison.Ordinal) => Enum<TicketStatus>(value, words.TicketStatus),
            "status" when collection.StartsWith("task", StringComparison.Ordinal) => Enum<CrmTaskStatus>(value, words.TaskStatus),
            "status" when collection.StartsWith("account", StringComparison.Ordinal) => Enum<AccountStatus>(value, words.AccountStatus),
            "type" when collection.StartsWith("activit", StringComparison.Ordinal) => Enum<ActivityType>(value, words.ActivityType),
            _ => DateOrInstant(value) ?? value,
        };
    }

    private string? DateOrInstant(string value)
    {
        if (value.Length == 10 && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return format.Date(date);
        if (value.Length >= 16 && value[10] == 'T'
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
            return format.Instant(instant.UtcDateTime);
        return null;
    }

    private static string Enum<T>(string value, Func<T, string> label) where T : struct, Enum =>
        StoredEnum.TryParse<T>(value, out var parsed) || System.Enum.TryParse(value, ignoreCase: true, out parsed) ? label(parsed) : value;
}
