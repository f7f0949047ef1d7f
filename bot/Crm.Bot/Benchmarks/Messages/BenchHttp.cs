namespace Crm.Bot.Benchmarks.Messages;

/// <summary>Small loopback web apps for the benchmark's stand-ins (issuer, Connector), on a random port.</summary>
internal static class BenchHttp
{
    public static WebApplication CreateLoopbackApp()
    {
        // Empty, not slim: a slim builder still reads appsettings files and watches the working directory
        // for changes, and those watchers' CPU would be charged to the bot under test.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls("http://127.0.0.1:0");
        builder.Services.AddRoutingCore();
        return builder.Build();
    }

    /// <returns>The base URL the app listens on.</returns>
    public static async Task<string> StartAsync(WebApplication app, CancellationToken cancellationToken)
    {
        await app.StartAsync(cancellationToken);
        return app.Urls.First();
    }
}
