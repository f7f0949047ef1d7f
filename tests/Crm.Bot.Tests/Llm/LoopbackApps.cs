using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Crm.Bot.Tests.Llm;

/// <summary>The local servers of the language-model tests: quiet web apps on 127.0.0.1, a random port, HTTP or HTTPS.</summary>
internal static class LoopbackApps
{
    /// <param name="certificate">Serve HTTPS with this certificate instead of plain HTTP.</param>
    public static WebApplication Create(X509Certificate2? certificate = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        if (certificate is null)
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        else
            builder.WebHost.UseKestrelHttpsConfiguration().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        return builder.Build();
    }

    /// <summary>Starts the app; returns the address it listens on.</summary>
    public static async Task<string> StartAsync(WebApplication app)
    {
        await app.StartAsync();
        return app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }
}
