using Crm.Data.Users;

namespace Crm.Skills.Acting;

/// <summary>
/// The person a message is from, for the length of one message (scoped). Set once by
/// <see cref="Invoking.SkillInvoker.BeginMessage"/>; skills read it instead of any ambient user.
/// </summary>
public sealed class CurrentUser(TimeProvider time)
{
    private User? _user;
    private DateTimeOffset? _messageTime;

    public User User => _user ?? throw new InvalidOperationException("No message has begun: call SkillInvoker.BeginMessage first.");

    public string Id => User.Id;

    /// <summary>The user's zone; "today", "this month" and due dates are read in it.</summary>
    public TimeZoneInfo TimeZone { get; private set; } = TimeZoneInfo.Utc;

    public bool IsSet => _user is not null;

    /// <summary>
    /// Now, as an instant (UTC): the moment the message arrived when the channel said so (behaviour §1
    /// reads "today" at that moment, and replay pins it), else the injected clock.
    /// </summary>
    public DateTime UtcNow => Stored((_messageTime ?? time.GetUtcNow()).UtcDateTime);

    /// <summary>
    /// An instant as the store keeps it: UTC, whole microseconds. PostgreSQL keeps no finer, so
    /// cutting here means the audit log's values equal what is read back, which undo relies on.
    /// </summary>
    public static DateTime Stored(DateTime utc) =>
        new(utc.Ticks - (utc.Ticks % (TimeSpan.TicksPerMillisecond / 1000)), DateTimeKind.Utc);

    /// <summary>Today's date where the user is.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(UtcNow, TimeZone));

    public void Set(User user, DateTimeOffset? messageTime = null)
    {
        _user = user;
        _messageTime = messageTime;
        TimeZone = FindZone(user.TimeZone);
    }

    /// <summary>An unknown zone id falls back to UTC rather than failing the message.</summary>
    public static TimeZoneInfo FindZone(string? id) =>
        id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}
