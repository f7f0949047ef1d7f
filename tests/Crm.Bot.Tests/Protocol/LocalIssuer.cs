using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Crm.Bot.Tests.Protocol;

/// <summary>
/// A stand-in for login.botframework.com and the Entra token endpoint on 127.0.0.1: OpenID metadata,
/// a JWKS with endorsements, and a client-credentials endpoint that records what it was asked.
/// </summary>
public sealed class LocalIssuer : IAsyncDisposable
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    private readonly ConcurrentDictionary<string, (RsaSecurityKey Key, string[] Endorsements)> keys = new();
    private WebApplication? app;

    public string BaseUrl { get; private set; } = "";
    public string MetadataUrl => $"{BaseUrl}/v1/.well-known/openidconfiguration";
    public string TokenEndpoint => $"{BaseUrl}/{{tenant}}/oauth2/v2.0/token";
    public RsaSecurityKey SigningKey => keys["key-1"].Key;
    public ConcurrentQueue<(string Path, Dictionary<string, string> Form)> TokenRequests { get; } = new();
    public int KeySetRequests;

    public static async Task<LocalIssuer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var issuer = new LocalIssuer { app = app };
        issuer.AddKey("key-1", "msteams", "webchat", "directline");
        app.MapGet("/v1/.well-known/openidconfiguration", () => Results.Json(new
        {
            issuer = BotFrameworkIssuer,
            jwks_uri = $"{issuer.BaseUrl}/v1/.well-known/keys",
            id_token_signing_alg_values_supported = new[] { "RS256" },
        }));
        app.MapGet("/v1/.well-known/keys", () =>
        {
            Interlocked.Increment(ref issuer.KeySetRequests);
            return Results.Json(new { keys = issuer.keys.Select(k => Jwk(k.Key, k.Value.Key, k.Value.Endorsements)) });
        });
        app.MapPost("/{tenant}/oauth2/v2.0/token", async (HttpContext http) =>
        {
            var form = (await http.Request.ReadFormAsync()).ToDictionary(f => f.Key, f => f.Value.ToString());
            issuer.TokenRequests.Enqueue((http.Request.Path.Value!, form));
            return Results.Json(new { token_type = "Bearer", expires_in = 3600, access_token = $"bot-token-{issuer.TokenRequests.Count}" });
        });
        app.MapGet("/msi/token", (HttpContext http) =>
        {
            issuer.TokenRequests.Enqueue((http.Request.Path.Value + http.Request.QueryString + " Metadata=" + http.Request.Headers["Metadata"], []));
            return Results.Json(new { token_type = "Bearer", expires_in = "3600", access_token = "msi-token" });
        });
        await app.StartAsync();
        issuer.BaseUrl = app.Urls.First();
        return issuer;
    }

    /// <summary>Publishes another key, as the Bot Connector does when it rotates keys.</summary>
    public RsaSecurityKey AddKey(string kid, params string[] endorsements)
    {
        var key = new RsaSecurityKey(RSA.Create(2048)) { KeyId = kid };
        keys[kid] = (key, endorsements);
        return key;
    }

    /// <summary>Withdraws a key from the published set, as the Bot Connector does with a retired key.</summary>
    public void RemoveKey(string kid) => keys.TryRemove(kid, out _);

    public string CreateToken(TokenSpec spec)
    {
        var key = spec.SigningKey ?? SigningKey;
        var claims = new Dictionary<string, object>();
        if (spec.ServiceUrl is not null)
        {
            claims["serviceurl"] = spec.ServiceUrl;
        }
        foreach (var (name, value) in spec.Claims ?? new Dictionary<string, object>())
        {
            claims[name] = value;
        }
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = spec.Issuer,
            Audience = spec.Audience,
            NotBefore = spec.NotBefore.UtcDateTime,
            Expires = spec.Expires.UtcDateTime,
            IssuedAt = spec.NotBefore.UtcDateTime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(key, spec.Algorithm),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>An unsigned token (<c>alg: none</c>) claiming to come from the right issuer.</summary>
    public static string UnsignedToken(TokenSpec spec)
    {
        var header = Base64Url(JsonSerializer.Serialize(new { alg = "none", typ = "JWT", kid = "key-1" }));
        var payload = Base64Url(JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["iss"] = spec.Issuer,
            ["aud"] = spec.Audience,
            ["serviceurl"] = spec.ServiceUrl,
            ["nbf"] = spec.NotBefore.ToUnixTimeSeconds(),
            ["exp"] = spec.Expires.ToUnixTimeSeconds(),
        }));
        return $"{header}.{payload}.";
    }

    public async ValueTask DisposeAsync() => await app!.DisposeAsync();

    private static object Jwk(string kid, RsaSecurityKey key, string[] endorsements)
    {
        var parameters = key.Rsa.ExportParameters(false);
        return new
        {
            kty = "RSA",
            use = "sig",
            kid,
            n = Base64UrlEncoder.Encode(parameters.Modulus),
            e = Base64UrlEncoder.Encode(parameters.Exponent),
            endorsements,
        };
    }

    private static string Base64Url(string text) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(text));
}

/// <summary>What a test token says; each test changes one thing from a valid token.</summary>
public sealed record TokenSpec(string Audience, string? ServiceUrl, DateTimeOffset NotBefore, DateTimeOffset Expires)
{
    public string Issuer { get; init; } = LocalIssuer.BotFrameworkIssuer;
    public string Algorithm { get; init; } = SecurityAlgorithms.RsaSha256;
    public SecurityKey? SigningKey { get; init; }
    public IReadOnlyDictionary<string, object>? Claims { get; init; }
}
