namespace Crm.Bot.Store;

/// <summary>Upgrades the store's schema when the host starts, before it accepts any message.</summary>
internal sealed class StoreMigrationService(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => services.MigrateCrmStoreAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
