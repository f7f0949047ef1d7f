using Crm.Data.Activities;
using Crm.Skills.Understanding.Index;
using Crm.Skills.Understanding.Language;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// Everything one message is read against: the store's index, the acting user, their local
/// "now" (already in their time zone), how the message arrived, and any answers to an earlier
/// question (<see cref="Bindings"/>) that fix references the message left open.
/// </summary>
public sealed class TurnContext
{
    public required StoreIndex Index { get; init; }
    public required IndexedUser User { get; init; }
    public required DateTimeOffset LocalNow { get; init; }
    public required TimeZoneInfo TimeZone { get; init; }
    public ActivitySource Source { get; init; } = ActivitySource.Chat;
    public Bindings Bindings { get; init; } = Bindings.Empty;
    /// <summary>The acting user's open tasks: what "mark the contract task done" is looked up in.</summary>
    public IReadOnlyList<OpenTask> OpenTasks { get; init; } = [];
    public ExplanationBuilder Explain { get; } = new();

    public DateOnly Today => DateOnly.FromDateTime(LocalNow.DateTime);

    public DateContext Dates(DateDirection direction) => new(Today, DayOfWeek.Monday, direction);

    /// <summary>A local calendar day as the UTC instant to store: now for today, else that day at noon.</summary>
    public DateTime InstantFor(DateOnly day, TimeOnly? time)
    {
        if (day == Today && time is null)
            return LocalNow.UtcDateTime;
        var local = day.ToDateTime(time ?? new TimeOnly(12, 0));
        return TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeZone);
    }
}

/// <summary>References fixed by the user's answers to earlier questions.</summary>
public sealed record Bindings(string? AccountId, string? ContactId, string? DealId, string? Extra)
{
    /// <summary>The task the user picked when asked which one they finished.</summary>
    public string? TaskId { get; init; }
    /// <summary>A ticket chosen by the user when a description fitted several (or none).</summary>
    public string? TicketId { get; init; }

    public static readonly Bindings Empty = new(null, null, null, null);
}
