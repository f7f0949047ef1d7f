using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Crm.Bot.Tests.Llm;

/// <summary>
/// A local Entra-like token authority on https://127.0.0.1 (random port, a self-signed certificate made
/// for this run): the v2.0 token endpoint, issuing one random access token for client credentials.
/// With instance discovery off (as the product sets it for a loopback authority) that is all MSAL
/// calls; any other request gets a 404, and every request's path is kept so a test can tell.
/// </summary>
public sealed class LocalTokenAuthority : IAsyncDisposable
{
    private readonly WebApplication app;

    private LocalTokenAuthority(WebApplication app, X509Certificate2 certificate)
    {
        this.app = app;
        Certificate = certificate;
    }

    public X509Certificate2 Certificate { get; }
    public string BaseUrl { get; private set; } = "";
    public string Token { get; } = "eyJ0eXAiOiJKV1QifQ.local-" + Guid.NewGuid().ToString("N");
    public ConcurrentQueue<string> Paths { get; } = new();
    public ConcurrentQueue<IReadOnlyDictionary<string, string>> TokenRequests { get; } = new();

    public static async Task<LocalTokenAuthority> StartAsync()
    {
        var certificate = LocalCertificate.Create();
        var authority = new LocalTokenAuthority(LoopbackApps.Create(certificate), certificate);
        authority.Map();
        authority.BaseUrl = (await LoopbackApps.StartAsync(authority.app)).TrimEnd('/') + "/";
        return authority;
    }

    private void Map()
    {
        app.Use(async (http, next) =>
        {
            Paths.Enqueue(http.Request.Path);
            await next(http);
        });
        app.MapPost("/{tenant}/oauth2/v2.0/token", async (HttpContext http) =>
        {
            var form = await http.Request.ReadFormAsync();
            TokenRequests.Enqueue(form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal));
            return Results.Json(new JsonObject { ["token_type"] = "Bearer", ["expires_in"] = 3599, ["ext_expires_in"] = 3599, ["access_token"] = Token });
        });
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        Certificate.Dispose();
    }
}
