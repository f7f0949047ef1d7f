using Npgsql;

namespace Crm.Data.Tests.Support;

/// <summary>
/// The PostgreSQL server named by CRM_TEST_POSTGRES (a connection string with rights to create
/// databases). Each test class asks for its own fresh database.
/// </summary>
public sealed class PostgresServer
{
    public const string Variable = "CRM_TEST_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } s ? s : null;

    public async Task<string> CreateDatabaseAsync()
    {
        var server = ConnectionString ?? throw new InvalidOperationException(
            $"{Variable} is not set: PostgreSQL tests must run in CI (see DEVELOPERS.md to run them locally).");
        var name = "crm_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    /// <summary>Best effort: a database still in use stays behind, which is harmless on a throwaway server.</summary>
    public async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\"", connection);
        try
        {
            await command.ExecuteNonQueryAsync();
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse)
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
        if (PostgresServer.ConnectionString is null && !ci)
            Skip = $"{PostgresServer.Variable} is not set (PostgreSQL tests always run in CI).";
    }
}
