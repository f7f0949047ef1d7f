using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Crm.Bot.Benchmarks.Messages;

/// <summary>
/// A stand-in for login.botframework.com and the Entra token endpoint on 127.0.0.1, so the benchmark
/// measures <c>/api/messages</c> with real token validation: OpenID metadata, a JWKS whose key is
/// endorsed for msteams, a client-credentials endpoint for the bot's own token, and signed
/// Connector-style tokens.
/// </summary>
internal sealed class BenchIssuer : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";
    private const string KeyId = "bench-key";
    private readonly RsaSecurityKey key = new(RSA.Create(2048)) { KeyId = KeyId };
    private WebApplication? app;

    public string BaseUrl { get; private set; } = "";
    public string MetadataUrl => $"{BaseUrl}/v1/.well-known/openidconfiguration";
    public string TokenEndpoint => $"{BaseUrl}/{{tenant}}/oauth2/v2.0/token";

    public static async Task<BenchIssuer> StartAsync(CancellationToken cancellationToken)
    {
        var issuer = new BenchIssuer();
        var app = BenchHttp.CreateLoopbackApp();
        app.MapGet("/v1/.well-known/openidconfiguration", () => Results.Json(new
        {
            issuer = Issuer,
            jwks_uri = $"{issuer.BaseUrl}/v1/.well-known/keys",
            id_token_signing_alg_values_supported = new[] { "RS256" },
        }));
        app.MapGet("/v1/.well-known/keys", () => Results.Json(new { keys = new[] { issuer.Jwk() } }));
        app.MapPost("/{tenant}/oauth2/v2.0/token", () =>
            Results.Json(new { token_type = "Bearer", expires_in = 3600, access_token = "bench-bot-token" }));
        issuer.app = app;
        issuer.BaseUrl = await BenchHttp.StartAsync(app, cancellationToken);
        return issuer;
    }

    /// <summary>A token as the Bot Connector signs it: our app id as audience, the activity's service URL as a claim.</summary>
    public string CreateToken(string appId, string serviceUrl, DateTimeOffset now) =>
        new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = appId,
            NotBefore = now.UtcDateTime,
            IssuedAt = now.UtcDateTime,
            Expires = now.AddHours(1).UtcDateTime,
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
        key.Rsa.Dispose();
    }

    private object Jwk()
    {
        var parameters = key.Rsa.ExportParameters(false);
        return new
        {
            kty = "RSA",
            use = "sig",
            kid = KeyId,
            n = Base64UrlEncoder.Encode(parameters.Modulus),
            e = Base64UrlEncoder.Encode(parameters.Exponent),
            endorsements = new[] { "msteams" },
        };
    }
}
