namespace Crm.Skills.Tests.Infrastructure;

/// <summary>A clock that says what the test tells it to; nothing in the tests reads the real time.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>Wednesday 18 November 2026, 15:00 UTC (07:00 in Los Angeles, 23:00 in Shanghai).</summary>
    public static readonly DateTimeOffset Default = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
