using Crm.Data.Demo;
using Crm.Data.Exchange;
using Crm.Data.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Crm.Bot.Store;

/// <summary>
/// Fills an empty store with the generated demo company on the first real `serve`, so a new install
/// has people and deals to talk about. A store that has any user is left alone. Off with
/// <c>Crm:DemoData=false</c>. Called by the serve command rather than as a hosted service, so test
/// hosts (WebApplicationFactory) start on the empty store they expect.
/// </summary>
internal sealed class DemoDataLoader(IServiceProvider services, IConfiguration configuration, TimeProvider clock,
    ILogger<DemoDataLoader> logger)
{
    public async Task LoadIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Crm:DemoData", true))
            return;
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        if (await db.Users.AnyAsync(cancellationToken))
            return;
        var report = await ExchangeImporter.ImportAsync(db, DemoDataset.Create(clock), cancellationToken: cancellationToken);
        logger.LogInformation("Empty store: loaded the demo data ({Accounts} accounts, {Deals} deals)",
            report.Created.GetValueOrDefault("accounts"), report.Created.GetValueOrDefault("deals"));
    }
}

public static class DemoDataExtensions
{
    public static IHostApplicationBuilder AddCrmDemoData(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<DemoDataLoader>();
        return builder;
    }

    /// <summary>Migrates the store and loads the demo data when it is empty; the serve command calls this before listening.</summary>
    public static async Task PrepareCrmStoreAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.MigrateCrmStoreAsync(cancellationToken);
        if (services.GetService<DemoDataLoader>() is { } demo)
            await demo.LoadIfEmptyAsync(cancellationToken);
    }
}
