namespace Crm.Bot.Benchmarks.Messages;

/// <summary>Small loopback web apps for the benchmark's stand-ins (issuer, Connector), on a random port.</summary>
internal static class BenchHttp
{
    public static WebApplication CreateLoopbackApp()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        return builder.Build();
    }

    /// <returns>The base URL the app listens on.</returns>
    public static async Task<string> StartAsync(WebApplication app, CancellationToken cancellationToken)
    {
        await app.StartAsync(cancellationToken);
        return app.Urls.First();
    }
}
