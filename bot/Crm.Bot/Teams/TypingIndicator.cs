using Crm.Bot.Protocol;

namespace Crm.Bot.Teams;

/// <summary>
/// Shows "typing…" while a turn runs: at once for slow turns (transcripts), then every 3 seconds,
/// which is as often as ACT A6001 allows. Failures to send it never disturb the turn.
/// </summary>
internal sealed class TypingIndicator : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(3);
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;

    private TypingIndicator(IActivitySender sender, Activity incoming, TimeProvider time, bool immediate) =>
        loop = RunAsync(sender, incoming, time, immediate, stop.Token);

    public static TypingIndicator Start(IActivitySender sender, Activity incoming, TimeProvider time, bool immediate) =>
        new(sender, incoming, time, immediate);

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await loop;
        stop.Dispose();
    }

    private static async Task RunAsync(IActivitySender sender, Activity incoming, TimeProvider time, bool immediate, CancellationToken cancellationToken)
    {
        try
        {
            if (immediate)
            {
                await sender.SendAsync(Typing(incoming), cancellationToken);
            }
            using var timer = new PeriodicTimer(Interval, time);
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await sender.SendAsync(Typing(incoming), cancellationToken);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or HttpRequestException or Protocol.Connector.ConnectorException)
        {
            // Typing is a courtesy; the turn's reply is what matters.
        }
    }

    /// <summary>Typing indicators are not replies to a message, so they go to the conversation.</summary>
    private static Activity Typing(Activity incoming)
    {
        var typing = ReplyActivities.Typing(incoming);
        typing.ReplyToId = null;
        return typing;
    }
}
