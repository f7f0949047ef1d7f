using System.Diagnostics.Metrics;

namespace Crm.Bot.Teams;

/// <summary>
/// Turns that failed (the user got an apology and nothing was saved), counted where they are logged. Readable with
/// <c>dotnet-counters monitor --counters Crm.Bot</c> or any MeterListener: <c>bench messages</c> counts a failed
/// turn as an error, since a turn that fails fast would otherwise look like a fast one.
/// </summary>
public static class TurnMetrics
{
    public const string MeterName = "Crm.Bot";
    public const string FailedName = "crm.bot.turns.failed";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> FailedTurns = Meter.CreateCounter<long>(FailedName, "{turn}", "Turns that failed and were answered with an apology.");

    internal static void Failed() => FailedTurns.Add(1);
}
