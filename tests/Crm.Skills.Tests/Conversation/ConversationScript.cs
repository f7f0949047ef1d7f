using Crm.Data.Store;
using Crm.Skills.Conversation;
using Crm.Skills.Results;
using Crm.Skills.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Skills.Tests.Conversation;

/// <summary>
/// A conversation with the bot over a real SQLite file, wired as the host wires it (skills, invoker,
/// embedded engine, conversation state). Each test owns one. The schema comes from the store's own
/// migrations, as in production.
/// </summary>
public sealed class ConversationScript : IAsyncDisposable
{
    private readonly string _path;
    private readonly ServiceProvider _services;
    private int _messages;

    private ConversationScript(string path, FixedClock clock, IInterceptor[] interceptors)
    {
        _path = path;
        Clock = clock;
        var services = new ServiceCollection();
        services.AddDbContext<SqliteCrmDbContext>(o => o.UseSqlite($"Data Source={path};Pooling=False").AddInterceptors(interceptors));
        services.AddScoped<CrmDbContext>(sp => sp.GetRequiredService<SqliteCrmDbContext>());
        services.AddSingleton<TimeProvider>(clock);
        services.AddCrmSkills();
        services.AddCrmConversation();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public FixedClock Clock { get; }

    public string ConversationId { get; set; } = "conv-1";

    /// <param name="interceptors">Watch (or disturb) what the turns' contexts do; the seeding and <see cref="Store"/> are not watched.</param>
    public static async Task<ConversationScript> StartAsync(Action<SeedBuilder> seed, DateTimeOffset? now = null, params IInterceptor[] interceptors)
    {
        var path = Path.Combine(Path.GetTempPath(), $"crm-conv-{Guid.NewGuid():N}.db");
        var script = new ConversationScript(path, new FixedClock(now ?? FixedClock.Default), interceptors);
        await using var db = script.Store();
        await db.MigrateAsync();
        var builder = new SeedBuilder();
        seed(builder);
        await builder.SaveAsync(db);
        return script;
    }

    /// <summary>One message from <paramref name="userId"/>, through the one entry point every channel calls.</summary>
    public async Task<TurnReply> SendAsync(string userId, string text, MessageSource source = MessageSource.Chat, params TurnAttachment[] attachments)
    {
        await using var scope = _services.CreateAsyncScope();
        var turn = scope.ServiceProvider.GetRequiredService<IConversationTurn>();
        return await turn.HandleAsync(new TurnInput
        {
            UserId = userId,
            ConversationId = ConversationId,
            MessageId = $"m{++_messages}",
            Text = text,
            ReceivedAt = Clock.GetUtcNow(),
            Source = source,
            Attachments = attachments,
        }, CancellationToken.None);
    }

    /// <summary>A pressed card button: no text, only the value the button carries.</summary>
    public async Task<TurnReply> PressAsync(string userId, string json)
    {
        await using var scope = _services.CreateAsyncScope();
        var turn = scope.ServiceProvider.GetRequiredService<IConversationTurn>();
        return await turn.HandleAsync(new TurnInput
        {
            UserId = userId,
            ConversationId = ConversationId,
            MessageId = $"m{++_messages}",
            CardValue = System.Text.Json.JsonDocument.Parse(json).RootElement.Clone(),
            ReceivedAt = Clock.GetUtcNow(),
        }, CancellationToken.None);
    }

    /// <summary>A fresh context for asserting what the store holds.</summary>
    public SqliteCrmDbContext Store() =>
        new(new DbContextOptionsBuilder<SqliteCrmDbContext>().UseSqlite($"Data Source={_path};Pooling=False").Options);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}

public static class ReplyExtensions
{
    public static T Single<T>(this TurnReply reply) where T : SkillResult => Assert.IsType<T>(Assert.Single(reply.Parts));

    public static T Part<T>(this TurnReply reply) where T : SkillResult => Assert.Single(reply.Parts.OfType<T>());
}
