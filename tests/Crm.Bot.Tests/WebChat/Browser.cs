using Microsoft.Playwright;

namespace Crm.Bot.Tests.WebChat;

/// <summary>
/// Debian's chromium under Playwright, sealed off from the network: every flag stops a start-up call home,
/// and the closed proxy catches anything left (loopback, where the bot listens, bypasses proxies).
/// Each run gets a fresh profile directory.
/// </summary>
public sealed class Browser : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private readonly IPlaywright playwright;
    private readonly string profile;

    private Browser(IPlaywright playwright, IBrowserContext context, string profile)
    {
        this.playwright = playwright;
        Context = context;
        this.profile = profile;
    }

    public IBrowserContext Context { get; }

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Crm.Bot.sln")))
            {
                directory = directory.Parent;
            }
            return directory?.FullName ?? throw new InvalidOperationException("Crm.Bot.sln not found above the test binaries.");
        }
    }

    public static string BundlePath => Path.Combine(RepositoryRoot, "bot", "Crm.Bot", "WebChat", "node_modules", "botframework-webchat", "dist", "webchat.js");

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public static string? MissingPrerequisite() =>
        !File.Exists(ChromiumPath) ? $"chromium is not installed at {ChromiumPath} (apt-get install -y chromium fonts-noto-cjk)"
        : !File.Exists(BundlePath) ? "the Web Chat bundle is not installed (cd bot/Crm.Bot/WebChat && npm ci)"
        : null;

    public static async Task<Browser> LaunchAsync()
    {
        if (MissingPrerequisite() is { } missing)
        {
            throw new InvalidOperationException($"Browser tests cannot run: {missing}.");
        }
        var playwright = await Playwright.CreateAsync();
        var profile = Directory.CreateTempSubdirectory("crm-chromium-").FullName;
        var context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            ViewportSize = new ViewportSize { Width = 900, Height = 900 },
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--proxy-server=http://127.0.0.1:9",
            ],
        });
        return new Browser(playwright, context, profile);
    }

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        playwright.Dispose();
        Directory.Delete(profile, recursive: true);
    }
}
