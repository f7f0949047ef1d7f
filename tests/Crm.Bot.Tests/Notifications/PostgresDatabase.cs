using Npgsql;

namespace Crm.Bot.Tests.Notifications;

/// <summary>
/// A fresh database on the PostgreSQL server named by CRM_TEST_POSTGRES (a connection string with
/// rights to create databases), dropped afterwards.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    public const string Variable = "CRM_TEST_POSTGRES";

    private PostgresDatabase(string connectionString) => ConnectionString = connectionString;

    public string ConnectionString { get; }

    public static string? Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } s ? s : null;

    public static async Task<PostgresDatabase> CreateAsync()
    {
        var server = Server ?? throw new InvalidOperationException($"{Variable} is not set: PostgreSQL tests must run in CI.");
        var name = "crm_notify_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return new PostgresDatabase(new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
    }

    /// <summary>Best effort: a database still in use stays behind, which is harmless on a throwaway server.</summary>
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        var name = new NpgsqlConnectionStringBuilder(ConnectionString).Database;
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        try
        {
            await command.ExecuteNonQueryAsync();
        }
        catch (PostgresException)
        {
        }
    }
}

/// <summary>
/// A fact that needs PostgreSQL. Without CRM_TEST_POSTGRES it is skipped on a developer machine but
/// runs (and fails) when CI=true, so CI can never pass without testing PostgreSQL.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (PostgresDatabase.Server is null && !ci)
            Skip = $"{PostgresDatabase.Variable} is not set (PostgreSQL tests always run in CI).";
    }
}
