using Crm.Data.Store;

namespace Crm.Bot.Store;

/// <summary>Turns configuration into <see cref="CrmStoreOptions"/>; zero configuration means a local SQLite file.</summary>
public static class StoreConfiguration
{
    public const string ProviderKey = "Crm:StoreProvider";
    public const string ConnectionStringName = "Crm";

    /// <summary>
    /// The default SQLite file. A per-user folder (~/.local/share/Crm.Bot on Linux, %LOCALAPPDATA%\Crm.Bot
    /// on Windows) rather than the working directory, so `serve`, `import` and `export` find the same
    /// store wherever they are started from.
    /// </summary>
    public static string DefaultSqlitePath => Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
        "Crm.Bot", "crm.db");

    public static CrmStoreOptions Read(IConfiguration configuration)
    {
        var provider = CrmStoreOptions.ParseProvider(configuration[ProviderKey]);
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        return provider switch
        {
            StoreProvider.Postgres when string.IsNullOrWhiteSpace(connectionString) => throw new CrmStoreException(
                $"{ProviderKey} is postgres but ConnectionStrings:{ConnectionStringName} is not set (env ConnectionStrings__Crm)."),
            StoreProvider.Postgres => CrmStoreOptions.Postgres(connectionString!),
            _ when string.IsNullOrWhiteSpace(connectionString) => CrmStoreOptions.SqliteFile(DefaultSqlitePath),
            _ => new CrmStoreOptions(StoreProvider.Sqlite, connectionString),
        };
    }
}
