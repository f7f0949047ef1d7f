using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Bot.Tests.DirectLine;

/// <summary>
/// The whole product as it ships (Program, real engine, renderer and skills) over its own SQLite file,
/// which the host migrates and fills with the demo company on start. A clock that runs with real time
/// but can be moved forward (token expiry). <see cref="OnKestrel"/> serves real TCP on 127.0.0.1 for a browser.
/// </summary>
public sealed class DirectLineApp : WebApplicationFactory<Program>
{
    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"crm-dl-{Guid.NewGuid():N}.db");
    private readonly Dictionary<string, string?> settings;

    private DirectLineApp(Dictionary<string, string?> settings, bool kestrel)
    {
        this.settings = settings;
        if (kestrel)
        {
            UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        }
    }

    public ShiftedClock Clock { get; } = new();

    /// <summary>Local mode (no app id): Direct Line and the page are on.</summary>
    public static DirectLineApp Local(params (string Key, string? Value)[] extra) => new(With(extra), kestrel: false);

    /// <summary>A registered bot (app id set): Direct Line off unless <c>DirectLine:Enabled</c> says otherwise.</summary>
    public static DirectLineApp Registered(params (string Key, string? Value)[] extra) =>
        new(With([("Bot:MicrosoftAppId", "6f1c0e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b"), ("Bot:MicrosoftAppPassword", "not-used"), .. extra]), kestrel: false);

    /// <summary>Local mode on a real socket; <see cref="BaseAddress"/> says where.</summary>
    public static DirectLineApp OnKestrel()
    {
        var app = new DirectLineApp(With([]), kestrel: true);
        app.StartServer();
        return app;
    }

    public Uri BaseAddress => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");

    public string DatabasePath => databasePath;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Crm", $"Data Source={databasePath}");
        // Tests run notification ticks by hand on their fixed clock; no timer sends behind their back.
        builder.UseSetting("Notifications:Enabled", "false");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        File.Delete(databasePath);
    }

    private static Dictionary<string, string?> With((string Key, string? Value)[] extra) =>
        extra.ToDictionary(e => e.Key, e => e.Value);
}

/// <summary>Real time, plus an offset tests can push forward.</summary>
public sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
