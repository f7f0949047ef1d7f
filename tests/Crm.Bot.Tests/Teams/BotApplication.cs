using System.Net.Http.Headers;
using System.Text;
using Crm.Bot.Cards;
using Crm.Bot.Protocol;
using Crm.Bot.Tests.Protocol;
using Crm.Data.Store;
using Crm.Data.Users;
using Crm.Skills.Conversation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Bot.Tests.Teams;

/// <summary>
/// The real host (Program) with its own SQLite file (migrated at start, no demo data), a test clock,
/// and scripted doubles for the engine and renderer, so protocol tests assert the channel alone.
/// Configuration points it at a local issuer and connector, or leaves the app id out for local mode.
/// </summary>
public sealed class BotApplication : WebApplicationFactory<Program>
{
    public const string AppId = "6f1c0e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b";
    public static readonly DateTimeOffset Start = new(2026, 11, 18, 17, 30, 0, TimeSpan.Zero);
    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"crm-bot-{Guid.NewGuid():N}.db");
    private readonly IReadOnlyDictionary<string, string?> settings;

    private readonly System.Net.IPAddress? remoteAddress;

    private readonly bool realBot;

    private BotApplication(IReadOnlyDictionary<string, string?> settings, System.Net.IPAddress? remoteAddress = null, bool realBot = false)
    {
        this.settings = settings;
        this.remoteAddress = remoteAddress;
        this.realBot = realBot;
    }

    public TestClock Clock { get; } = new(Start);
    public TurnLog Turns { get; } = new();

    /// <summary>A bot registered with Azure: tokens from <paramref name="issuer"/>, its own token from there too.</summary>
    public static BotApplication Registered(LocalIssuer issuer, params (string Key, string? Value)[] extra) => new(RegisteredSettings(issuer, extra));

    /// <summary>Like <see cref="Registered"/>, but with the product's own engine and card renderer instead of the doubles.</summary>
    public static BotApplication RegisteredWithRealBot(LocalIssuer issuer) => new(RegisteredSettings(issuer, []), realBot: true);

    private static Dictionary<string, string?> RegisteredSettings(LocalIssuer issuer, (string Key, string? Value)[] extra) => new Dictionary<string, string?>
    {
        ["Bot:MicrosoftAppId"] = AppId,
        ["Bot:MicrosoftAppPassword"] = "test-secret",
        ["Bot:OpenIdMetadataUrl"] = issuer.MetadataUrl,
        ["Bot:TokenEndpoint"] = issuer.TokenEndpoint,
        ["Bot:KeyRefreshMinInterval"] = "00:00:00",
        ["Bot:MaxSendRetries"] = "2",
    }.Concat(extra.Select(e => KeyValuePair.Create(e.Key, e.Value))).ToDictionary();

    /// <summary>No app id: local mode. <paramref name="remoteAddress"/> makes every request look like it came from there.</summary>
    public static BotApplication Local(System.Net.IPAddress? remoteAddress = null) => new(new Dictionary<string, string?>(), remoteAddress);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Crm", $"Data Source={databasePath}");
        // Tests run notification ticks by hand on their fixed clock; no timer sends behind their back.
        builder.UseSetting("Notifications:Enabled", "false");
        // Tests seed their own users; the demo company that `serve` loads into an empty store stays out.
        builder.UseSetting("Crm:DemoData", "false");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton(Turns);
            if (!realBot)
            {
                services.AddScoped<IConversationTurn, ScriptedTurn>();
                services.AddSingleton<IReplyRenderer, TextRenderer>();
            }
            if (remoteAddress is not null)
            {
                services.AddSingleton<IStartupFilter>(new RemoteAddressFilter(remoteAddress));
            }
        });
    }

    /// <summary>Adds users to the store the host migrated when it started.</summary>
    public async Task SeedAsync(params User[] users)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        db.Users.AddRange(users);
        await db.SaveChangesAsync();
    }

    /// <summary>Adds any rows (accounts, contacts, deals) after the users they point at are in.</summary>
    public async Task SeedRowsAsync(params object[] rows)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        db.AddRange(rows);
        await db.SaveChangesAsync();
    }

    public async Task<T> QueryAsync<T>(Func<CrmDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CrmDbContext>());
    }

    public Task<HttpResponseMessage> PostAsync(Activity activity, string? token = null) =>
        PostRawAsync(ActivityJson.Serialize(activity), token);

    public async Task<HttpResponseMessage> PostRawAsync(string json, string? token = null, string scheme = "Bearer")
    {
        var client = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue(scheme, token);
        }
        return await client.SendAsync(request);
    }

    public static User Alex() => new()
    {
        Id = "U-T1", Name = "Avery Quinn", Email = "avery.quinn@example.test", AadObjectId = "aad-avery", Locale = "en-US", TimeZone = "America/Los_Angeles",
    };

    public static User Mei() => new()
    {
        Id = "U-T2", Name = "林美", Email = "lin.mei@example.test", AadObjectId = "aad-lin", Locale = "zh-CN", TimeZone = "Asia/Shanghai",
    };

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        File.Delete(databasePath);
    }

    private sealed class RemoteAddressFilter(System.Net.IPAddress address) : IStartupFilter
    {
        public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
