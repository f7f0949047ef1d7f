using Crm.Data.Store;
using Crm.Skills.Invoking;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Crm.Skills.Tests.Infrastructure;

/// <summary>
/// A fresh PostgreSQL database on the server named by CRM_TEST_POSTGRES, migrated and seeded, with the
/// skills wired as the host wires them: for behaviour that differs by provider (locking). Dropped on dispose.
/// </summary>
public sealed class PostgresStore : IAsyncDisposable
{
    public const string Variable = "CRM_TEST_POSTGRES";

    private readonly string _connectionString;
    private readonly ServiceProvider _services;

    private PostgresStore(string connectionString)
    {
        _connectionString = connectionString;
        var services = new ServiceCollection();
        services.AddDbContext<PostgresCrmDbContext>(o => o.UseNpgsql(connectionString));
        services.AddScoped<CrmDbContext>(sp => sp.GetRequiredService<PostgresCrmDbContext>());
        services.AddSingleton<TimeProvider>(new FixedClock(FixedClock.Default));
        services.AddCrmSkills();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public static string? Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } s ? s : null;

    public static async Task<PostgresStore> CreateAsync(Action<SeedBuilder> seed)
    {
        var server = Server ?? throw new InvalidOperationException($"{Variable} is not set: PostgreSQL tests must run in CI.");
        var name = "crm_skills_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        var store = new PostgresStore(new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
        await using var db = store.NewContext();
        await db.MigrateAsync();
        var builder = new SeedBuilder();
        seed(builder);
        await builder.SaveAsync(db);
        return store;
    }

    public PostgresCrmDbContext NewContext() => new(new DbContextOptionsBuilder<PostgresCrmDbContext>().UseNpgsql(_connectionString).Options);

    /// <summary>One message in its own DI scope, as <see cref="TestStore.SendAsync(string, Func{MessageScope, Turn, Task}, string, string)"/>.</summary>
    public async Task<Turn> SendAsync(string userId, Func<MessageScope, Turn, Task> calls, string conversation)
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId);
        var turn = new Turn();
        await using var message = scope.ServiceProvider.GetRequiredService<SkillInvoker>().BeginMessage(user, conversation, Guid.NewGuid().ToString("N"), "test message");
        turn.Bind(message);
        await calls(message, turn);
        turn.Outcome = await message.CommitAsync(CancellationToken.None);
        return turn;
    }

    /// <summary>Best effort: a database still in use stays behind, which is harmless on a throwaway server.</summary>
    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        var name = new NpgsqlConnectionStringBuilder(_connectionString).Database;
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\"", connection);
        try
        {
            await drop.ExecuteNonQueryAsync();
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
        if (PostgresStore.Server is null && !ci)
            Skip = $"{PostgresStore.Variable} is not set (PostgreSQL tests always run in CI).";
    }
}
