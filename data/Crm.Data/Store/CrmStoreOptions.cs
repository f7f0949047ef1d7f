using Microsoft.Data.Sqlite;

namespace Crm.Data.Store;

/// <summary>Which database engine holds the store.</summary>
public enum StoreProvider { Sqlite, Postgres }

/// <summary>Where the store lives. SQLite needs nothing but a file path; PostgreSQL needs a connection string.</summary>
public sealed record CrmStoreOptions(StoreProvider Provider, string ConnectionString)
{
    /// <summary>A SQLite file store; the folder is created when the store is first migrated.</summary>
    public static CrmStoreOptions SqliteFile(string path) =>
        new(StoreProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = path }.ToString());

    public static CrmStoreOptions Postgres(string connectionString) => new(StoreProvider.Postgres, connectionString);

    /// <summary>Reads the provider name used in configuration (<c>Crm:StoreProvider</c>): sqlite (default) or postgres.</summary>
    public static StoreProvider ParseProvider(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => StoreProvider.Sqlite,
        "postgres" or "postgresql" or "npgsql" => StoreProvider.Postgres,
        _ => throw new CrmStoreException($"Unknown store provider '{name}': use 'sqlite' or 'postgres'."),
    };
}

/// <summary>A store problem a person can fix (bad configuration, unreachable database), with a one-line message.</summary>
public sealed class CrmStoreException(string message, Exception? inner = null) : Exception(message, inner);
