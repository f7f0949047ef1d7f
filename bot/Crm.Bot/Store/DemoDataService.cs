using Crm.Data.Demo;
using Crm.Data.Exchange;
using Crm.Data.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Crm.Bot.Store;

/// <summary>
/// Fills an empty store with the generated demo company on first start, so a new install has people
/// and deals to talk about. A store that has any user is left alone. Off with <c>Crm:DemoData=false</c>.
/// </summary>
internal sealed class DemoDataService(IServiceProvider services, IConfiguration configuration, TimeProvider clock,
    ILogger<DemoDataService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
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

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

public static class DemoDataExtensions
{
    public static IHostApplicationBuilder AddCrmDemoData(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHostedService<DemoDataService>();
        return builder;
    }
}
