using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Data.Store;

public static class CrmStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the store: the provider's context (<see cref="SqliteCrmDbContext"/> or
    /// <see cref="PostgresCrmDbContext"/>) as a scoped service, and <see cref="CrmDbContext"/> as the
    /// same instance, so consumers ask for <see cref="CrmDbContext"/> and never care which engine it is.
    /// </summary>
    public static IServiceCollection AddCrmStore(this IServiceCollection services, CrmStoreOptions options)
    {
        services.AddSingleton(options);
        switch (options.Provider)
        {
            case StoreProvider.Sqlite:
                // Pooled: a turn uses several short-lived contexts, and setting one up costs more than its queries.
                services.AddDbContextPool<SqliteCrmDbContext>(o => Shared(o)
                    .UseSqlite(options.ConnectionString).AddInterceptors(SqliteConnectionSetup.Instance, SqliteWriteGate.Instance));
                services.AddScoped<CrmDbContext>(sp => sp.GetRequiredService<SqliteCrmDbContext>());
                break;
            case StoreProvider.Postgres:
                services.AddDbContextPool<PostgresCrmDbContext>(o => Shared(o).UseNpgsql(options.ConnectionString));
                services.AddScoped<CrmDbContext>(sp => sp.GetRequiredService<PostgresCrmDbContext>());
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(options));
        }
        return services;
    }

    /// <summary>
    /// Options of both providers. EF's thread-safety check (one operation at a time per context) writes an
    /// AsyncLocal on entering and leaving every query, which copies the execution context twice per query (about 3%
    /// of what a message allocated, measured with <c>bench messages</c>). It catches bugs in our code, not bad input, so
    /// Debug builds (the tests, a plain <c>dotnet run</c>) keep it, and Release builds, whose code those tests passed,
    /// turn it off with the switch EF provides for that.
    /// </summary>
    private static DbContextOptionsBuilder Shared(DbContextOptionsBuilder options) =>
        CrmDbContext.IgnorePendingModelChanges(options).EnableThreadSafetyChecks(ThreadSafetyChecks);

#if DEBUG
    private const bool ThreadSafetyChecks = true;
#else
    private const bool ThreadSafetyChecks = false;
#endif
}
