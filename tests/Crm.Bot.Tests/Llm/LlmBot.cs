using Crm.Bot.Cards;
using Crm.Bot.Hosting;
using Crm.Bot.Llm;
using Crm.Bot.Store;
using Crm.Bot.Tests.Teams;
using Crm.Data.Accounts;
using Crm.Data.Contacts;
using Crm.Data.Deals;
using Crm.Data.Store;
using Crm.Data.Users;
using Crm.Skills.Conversation;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Crm.Bot.Tests.Llm;

/// <summary>
/// The product's services as the hosts wire them (store, skills, embedded engine, the model engine
/// from the <c>Llm</c> section) over a real SQLite file, with a fixed clock and every log line kept.
/// Messages enter <see cref="IConversationTurn"/>, the entry point every channel calls.
/// </summary>
public sealed class LlmBot : IAsyncDisposable
{
    public const string ApiKey = "sk-test-7f3a9c1e5b2d4a6f8e0c";
    public static readonly DateTimeOffset Now = new(2026, 11, 18, 17, 30, 0, TimeSpan.Zero);
    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"crm-llm-{Guid.NewGuid():N}.db");
    private readonly IHost host;

    private LlmBot(IReadOnlyDictionary<string, string?> llm, Action<IServiceCollection>? services)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(llm) { ["ConnectionStrings:Crm"] = $"Data Source={databasePath}" });
        builder.Logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs);
        builder.Services.AddSingleton<TimeProvider>(new TestClock(Now));
        builder.AddCrmStore();
        builder.Services.AddCrmBot();
        builder.AddCrmLlm();
        services?.Invoke(builder.Services);
        host = builder.Build();
    }

    public CapturedLogs Logs { get; } = new();

    public IServiceProvider Services => host.Services;

    /// <summary>A bot whose model is <paramref name="server"/>; <paramref name="extra"/> adds or overrides Llm settings.</summary>
    public static Task<LlmBot> StartAsync(ScriptedModelServer? server, string? mode = "llm", params (string Key, string? Value)[] extra) =>
        StartAsync(server, mode, null, extra);

    /// <summary>As above, with <paramref name="services"/> adding or replacing services after the product's own.</summary>
    public static async Task<LlmBot> StartAsync(ScriptedModelServer? server, string? mode, Action<IServiceCollection>? services, params (string Key, string? Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Llm:Mode"] = mode,
            ["Llm:Model"] = "test-model",
            ["Llm:ApiKey"] = ApiKey,
            ["Llm:MaxRetries"] = "0",
            ["Llm:TimeoutSeconds"] = "5",
        };
        if (server is not null)
            settings["Llm:Endpoint"] = server.BaseUrl + "/v1/";
        foreach (var (key, value) in extra)
            settings[key] = value;
        var bot = new LlmBot(settings, services);
        await bot.host.Services.MigrateCrmStoreAsync(default);
        await bot.SeedAsync();
        return bot;
    }

    private async Task SeedAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        db.Users.AddRange(
            new User { Id = "U-RIV", Name = "Riva Ostrander", Role = UserRole.Rep, Team = "North", Locale = "en-US", TimeZone = "America/Chicago" },
            new User { Id = "U-SUP", Name = "Sol Pettigrew", Role = UserRole.Support, Locale = "en-US", TimeZone = "America/Chicago" });
        db.Accounts.Add(new Account { Id = "ACC-BRM", Name = "Bramblewood Foods", OwnerId = "U-RIV", Currency = "USD" });
        db.Contacts.Add(new Contact { Id = "C-BRM-1", AccountId = "ACC-BRM", Name = "Orla Finch" });
        db.Deals.Add(new Deal { Id = "D-7001", AccountId = "ACC-BRM", Name = "Bramblewood cold chain", OwnerId = "U-RIV", Stage = DealStage.Proposal, Amount = 30000, Currency = "USD" });
        await db.SaveChangesAsync();
    }

    /// <summary>More rows for one test (a second account, another deal), saved as an import would.</summary>
    public async Task AddAsync(params object[] rows)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        db.AddRange(rows);
        await db.SaveChangesAsync();
    }

    public async Task<TurnReply> SendAsync(string text, string user = "U-RIV", params TurnAttachment[] attachments)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var turn = scope.ServiceProvider.GetRequiredService<IConversationTurn>();
        return await turn.HandleAsync(new TurnInput
        {
            UserId = user, ConversationId = "llm-test", MessageId = Guid.NewGuid().ToString("N"), Text = text, ReceivedAt = Now, Attachments = attachments,
        }, default);
    }

    /// <summary>A reply as the channels show it: cards and their plain text, in the reply's language.</summary>
    public static RenderedReply Render(TurnReply reply) =>
        new CardReplyRenderer().Render(reply, new RenderContext(reply.Language == ReplyLanguage.Chinese ? "zh-CN" : "en-US", TimeZoneInfo.Utc));

    public async Task<T> QueryAsync<T>(Func<CrmDbContext, Task<T>> query)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CrmDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        host.Dispose();
        SqliteConnection.ClearAllPools();
        File.Delete(databasePath);
        await Task.CompletedTask;
    }
}
