using Crm.Bot.Store;
using Crm.Data.Store;

namespace Crm.Bot.Cli;

/// <summary>
/// The store as a command sees it: normal .NET configuration (appsettings, environment), the store
/// registered and migrated, no web server. Commands run inside <see cref="RunAsync"/>.
/// </summary>
internal static class StoreCommandHost
{
    public static Task<int> RunAsync(Func<CrmDbContext, IServiceProvider, CancellationToken, Task<int>> command, CancellationToken cancellationToken) =>
        CliErrors.GuardAsync(async () =>
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
            // Commands write to stdout (export) and stderr (problems); log lines would mix into them.
            builder.Logging.ClearProviders();
            builder.Services.AddSingleton(TimeProvider.System);
            builder.AddCrmStore();
            using var host = builder.Build();
            await host.Services.MigrateCrmStoreAsync(cancellationToken);
            await using var scope = host.Services.CreateAsyncScope();
            return await command(scope.ServiceProvider.GetRequiredService<CrmDbContext>(), scope.ServiceProvider, cancellationToken);
        });
}
