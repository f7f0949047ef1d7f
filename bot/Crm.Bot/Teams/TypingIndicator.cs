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
    private readonly PeriodicTimer timer;
    private readonly Task loop;

    private TypingIndicator(IActivitySender sender, Activity incoming, TimeProvider time)
    {
        timer = new PeriodicTimer(Interval, time);
        loop = RunAsync(sender, incoming, timer, stop.Token);
    }

    /// <summary>Sends the first indicator before returning when <paramref name="immediate"/>, so it precedes the reply.</summary>
    public static async Task<TypingIndicator> StartAsync(IActivitySender sender, Activity incoming, TimeProvider time, bool immediate, CancellationToken cancellationToken)
    {
        if (immediate)
        {
            await SendAsync(sender, incoming, cancellationToken);
        }
        return new TypingIndicator(sender, incoming, time);
    }

    /// <summary>
    /// Ends the loop by disposing its timer, which ends the wait without an exception: most turns end before
    /// the first tick, and a cancelled wait per turn was an exception thrown and caught per message. The token
    /// still cancels an indicator being sent at that moment.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        timer.Dispose();
        await stop.CancelAsync();
        await loop;
        stop.Dispose();
    }

    private static async Task RunAsync(IActivitySender sender, Activity incoming, PeriodicTimer timer, CancellationToken cancellationToken)
    {
        try
        {
            while (await timer.WaitForNextTickAsync(CancellationToken.None))
            {
                await SendAsync(sender, incoming, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The turn finished while an indicator was being sent.
        }
    }

    private static async Task SendAsync(IActivitySender sender, Activity incoming, CancellationToken cancellationToken)
    {
        try
        {
            await sender.SendAsync(Typing(incoming), cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or Protocol.Connector.ConnectorException)
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
