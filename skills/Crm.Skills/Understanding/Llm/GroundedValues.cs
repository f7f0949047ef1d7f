using System.Globalization;
using System.Text.Json;
using Crm.Data.Activities;
using Crm.Data.Deals;
using Crm.Data.Tickets;
using Crm.Skills.Understanding.Engine;
using Crm.Skills.Understanding.Language;

namespace Crm.Skills.Understanding.Llm;

/// <summary>
/// Whether a value a model write sets is said in the user's words, read by the embedded engine's own
/// readers: stage, priority, status and activity words (English and Chinese), money, dates and
/// durations. Free text (a summary, title, note, next step) is the model's wording of the message and
/// needs no match; any field not known here is not grounded.
/// </summary>
internal sealed class GroundedValues(string words, TurnContext context)
{
    private static readonly HashSet<string> FreeText = new(StringComparer.Ordinal)
    {
        "summary", "title", "description", "text", "nextStep", "lostReason", "subject", "name", "category",
    };

    public bool Said(string key, JsonElement value) => key switch
    {
        _ when FreeText.Contains(key) => true,
        "stage" => Parse<DealStage>(value) is { } stage && Vocabulary.DealStages(words).Any(m => !m.Negated && m.Value == stage),
        "priority" => Parse<TicketPriority>(value) is { } priority && Vocabulary.TicketPriorities(words).Any(m => !m.Negated && m.Value == priority),
        "status" => Parse<TicketStatus>(value) is { } status && Vocabulary.TicketStatuses(words).Any(m => !m.Negated && m.Value == status),
        // A note is what any reported fact becomes; a call, meeting, visit or e-mail has to be said.
        "type" => Parse<ActivityType>(value) is { } type && (type == ActivityType.Note || Vocabulary.ActivityTypes(words).Any(m => !m.Negated && m.Value == type)),
        "amount" => Number(value) is { } amount && AmountReader.FindAll(words).Any(a => a.Value == amount),
        "closeDate" or "nextStepDue" or "dueDate" => Date(value) is { } day && DateSaid(day),
        // Something reported happened today unless a day is said.
        "occurredOn" => Date(value) is { } on && (on == context.Today || DateSaid(on)),
        "occurredAt" => Instant(value) is { } at && LocalDay(at) is var local && (local == context.Today || DateSaid(local)),
        "durationMinutes" => Number(value) is { } minutes && DurationReader.Minutes(words) == minutes,
        "email" => value.ValueKind == JsonValueKind.String && words.Contains(value.GetString()!.Trim(), StringComparison.OrdinalIgnoreCase),
        "phone" => value.ValueKind == JsonValueKind.String && Digits(value.GetString()!) is { Length: >= 5 } phone && Digits(words).Contains(phone, StringComparison.Ordinal),
        "isPrimary" => value.ValueKind == JsonValueKind.False,
        _ => false,
    };

    private bool DateSaid(DateOnly day)
    {
        foreach (var direction in (DateDirection[])[DateDirection.Future, DateDirection.Past])
            foreach (var m in DateReader.FindAll(words, context.Dates(direction)))
            {
                var last = m.End ?? m.Kind switch
                {
                    DateKind.Week => m.Date.AddDays(6),
                    DateKind.Month => m.Date.AddMonths(1).AddDays(-1),
                    _ => m.Date,
                };
                if (day >= m.Date && day <= last)
                    return true;
            }
        return false;
    }

    private DateOnly LocalDay(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, context.TimeZone).DateTime);

    private static T? Parse<T>(JsonElement value) where T : struct, Enum =>
        value.ValueKind == JsonValueKind.String && Enum.TryParse<T>(value.GetString(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;

    private static decimal? Number(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetDecimal(),
        JsonValueKind.String when decimal.TryParse(value.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    private static DateOnly? Date(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static DateTimeOffset? Instant(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : null;

    private static string Digits(string text) => string.Concat(text.Where(char.IsAsciiDigit));
}
