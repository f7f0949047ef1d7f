using Crm.Bot.Protocol;
using Microsoft.Extensions.Options;

namespace Crm.Bot.Teams;

/// <summary>
/// Keeps <c>processed_activities</c> small: every <see cref="BotOptions.ProcessedActivityPruneInterval"/>
/// (first after one interval, so start-up migrations are done) it drops ids older than
/// <see cref="BotOptions.ProcessedActivityRetention"/>. A failed round is logged and tried again next time.
/// </summary>
internal sealed class ProcessedActivityPruning(
    ProcessedActivities processed, IOptions<BotOptions> options, TimeProvider time, ILogger<ProcessedActivityPruning> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ProcessedActivityPruneInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await PruneOnceAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private async Task PruneOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            var removed = await processed.PruneAsync(options.Value.ProcessedActivityRetention, cancellationToken);
            if (removed > 0)
            {
                logger.LogInformation("Forgot {Count} processed activity ids older than {Retention}", removed, options.Value.ProcessedActivityRetention);
            }
        }
        catch (System.Data.Common.DbException exception)
        {
            logger.LogWarning(exception, "Pruning processed activity ids failed; trying again next round");
        }
    }
}
