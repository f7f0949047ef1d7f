using Crm.Data.Store;
using Crm.Data.Users;
using Crm.Skills.Invoking;
using Crm.Skills.Results;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Skills.Tests.Infrastructure;

/// <summary>
/// A real SQLite file per test, with the skills wired as the host wires them. The schema comes from
/// the store's own migrations, as in production.
/// </summary>
public sealed class TestStore : IAsyncDisposable
{
    private readonly string _path;
    private readonly ServiceProvider _services;

    private TestStore(string path, FixedClock clock, IInterceptor[] interceptors)
    {
        _path = path;
        Clock = clock;
        var services = new ServiceCollection();
        services.AddDbContext<SqliteCrmDbContext>(o => o.UseSqlite($"Data Source={path};Pooling=False").AddInterceptors(interceptors));
        services.AddScoped<CrmDbContext>(sp => sp.GetRequiredService<SqliteCrmDbContext>());
        services.AddSingleton<TimeProvider>(clock);
        services.AddCrmSkills();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public FixedClock Clock { get; }

    public IServiceProvider Services => _services;

    /// <param name="interceptors">Added to the messages' contexts (not to <see cref="NewContext"/>), e.g. to see their SQL.</param>
    public static async Task<TestStore> CreateAsync(Action<SeedBuilder> seed, DateTimeOffset? now = null, params IInterceptor[] interceptors)
    {
        var path = Path.Combine(Path.GetTempPath(), $"crm-skills-{Guid.NewGuid():N}.db");
        var store = new TestStore(path, new FixedClock(now ?? FixedClock.Default), interceptors);
        await using (var db = store.NewContext())
        {
            await db.MigrateAsync();
            var builder = new SeedBuilder();
            seed(builder);
            await builder.SaveAsync(db);
        }
        return store;
    }

    /// <summary>A fresh context outside any message, for arranging and asserting.</summary>
    public SqliteCrmDbContext NewContext() =>
        new(new DbContextOptionsBuilder<SqliteCrmDbContext>().UseSqlite($"Data Source={_path};Pooling=False").Options);

    /// <summary>
    /// One message as an engine sends it: a DI scope, BeginMessage, the calls, CommitAsync.
    /// Returns what each call returned and what the commit returned.
    /// </summary>
    public async Task<Turn> SendAsync(string userId, Func<MessageScope, Turn, Task> calls, string conversation = "conv-1", string text = "test message")
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId);
        var turn = new Turn();
        await using var message = scope.ServiceProvider.GetRequiredService<SkillInvoker>().BeginMessage(user, conversation, Guid.NewGuid().ToString("N"), text);
        turn.Bind(message);
        await calls(message, turn);
        turn.Outcome = await message.CommitAsync(CancellationToken.None);
        return turn;
    }

    /// <summary>Sends one skill call as a message of its own.</summary>
    public Task<Turn> SendAsync<TSkill>(string userId, Func<TSkill, Task<SkillResult>> call, string conversation = "conv-1")
        where TSkill : notnull =>
        SendAsync(userId, async (m, t) => t.Results.Add(await m.RunAsync(call)), conversation);

    /// <summary>Sends several skill calls as one message.</summary>
    public Task<Turn> SendAsync(string userId, string conversation, params Func<MessageScope, Task<SkillResult>>[] calls) =>
        SendAsync(userId, async (m, t) =>
        {
            foreach (var call in calls)
                t.Results.Add(await call(m));
        }, conversation);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}

/// <summary>What one message produced.</summary>
public sealed class Turn
{
    private MessageScope? _message;

    public SkillResult? Outcome { get; set; }

    /// <summary>What each call returned, in order.</summary>
    public List<SkillResult> Results { get; } = [];

    public T Result<T>(int index = 0) where T : SkillResult => Assert.IsType<T>(Results[index]);

    public ChangeResult Changes => Assert.IsType<ChangeResult>(Outcome);

    public RefusalResult Refusal => Assert.IsType<RefusalResult>(Outcome);

    internal void Bind(MessageScope message) => _message = message;

    public bool WasRefused => _message?.IsRefused ?? false;
}
