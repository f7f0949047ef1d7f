namespace Crm.Bot.Teams;

/// <summary>
/// Runs turns detached from the HTTP request, so the connector can be acknowledged within 15 seconds
/// while long turns finish and answer through the Connector (TIME). On shutdown, running turns get a
/// grace period to send what they have before they are cancelled.
/// </summary>
public sealed class BackgroundTurns(ILogger<BackgroundTurns> logger) : IHostedService
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(10);
    private readonly HashSet<Task> running = [];
    // Lives as long as the app (a singleton); never disposed, so a late StopAsync cannot hit a disposed source.
    private readonly CancellationTokenSource stopping = new();

    public Task<T> Run<T>(Func<CancellationToken, Task<T>> work)
    {
        var task = Task.Run(() => work(stopping.Token));
        lock (running)
        {
            running.Add(task);
        }
        _ = task.ContinueWith(t =>
        {
            lock (running)
            {
                running.Remove(t);
            }
            if (t.Exception is { } exception)
            {
                logger.LogError(exception, "A background turn failed");
            }
        }, TaskScheduler.Default);
        return task;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        Task[] pending;
        lock (running)
        {
            pending = [.. running];
        }
        await ((Task)Task.WhenAny(Task.WhenAll(pending), Task.Delay(Grace, cancellationToken))).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await stopping.CancelAsync();
    }
}
