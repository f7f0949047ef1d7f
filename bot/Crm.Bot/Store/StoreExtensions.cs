using Crm.Data.Store;

namespace Crm.Bot.Store;

public static class StoreExtensions
{
    /// <summary>
    /// The store, from ordinary configuration: <c>Crm:StoreProvider</c> (sqlite, the default, or postgres)
    /// and <c>ConnectionStrings:Crm</c>. With neither set it is a SQLite file in the per-user data folder.
    /// Consumers ask for <see cref="CrmDbContext"/>. The schema is brought up to date before serving.
    /// </summary>
    public static IHostApplicationBuilder AddCrmStore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddCrmStore(StoreConfiguration.Read(builder.Configuration));
        builder.Services.AddHostedService<StoreMigrationService>();
        return builder;
    }

    /// <summary>Applies pending migrations; commands that do not start the host call this themselves.</summary>
    public static async Task MigrateCrmStoreAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CrmDbContext>().MigrateAsync(cancellationToken);
    }
}
