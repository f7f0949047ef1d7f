using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Crm.Bot.Protocol.Auth;

/// <summary>One signing key of the Bot Connector with the channels it is endorsed for (AUTH step 4.7).</summary>
internal sealed record EndorsedKey(SecurityKey Key, IReadOnlySet<string> Endorsements);

/// <summary>
/// The issuer's signing keys, read from the OpenID metadata's <c>jwks_uri</c>. Cached; refreshed
/// after <see cref="BotOptions.KeyRefreshInterval"/> and when a token names an unknown key id, but
/// never more often than <see cref="BotOptions.KeyRefreshMinInterval"/>.
/// </summary>
internal sealed class SigningKeys(IHttpClientFactory httpClients, IOptions<BotOptions> options, TimeProvider time, ILogger<SigningKeys> logger)
{
    public const string HttpClientName = "BotOpenId";
    private readonly SemaphoreSlim gate = new(1, 1);
    private IReadOnlyDictionary<string, EndorsedKey> keys = new Dictionary<string, EndorsedKey>();
    private DateTimeOffset? loadedAt;

    public async Task<EndorsedKey?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var stale = loadedAt is null || now - loadedAt >= options.Value.KeyRefreshInterval;
        if (!stale && keys.TryGetValue(keyId, out var key))
        {
            return key;
        }
        await gate.WaitAsync(cancellationToken);
        try
        {
            var mayRefresh = loadedAt is null || now - loadedAt >= options.Value.KeyRefreshMinInterval;
            if ((stale || !keys.ContainsKey(keyId)) && mayRefresh)
            {
                keys = await LoadAsync(cancellationToken);
                loadedAt = time.GetUtcNow();
            }
        }
        finally
        {
            gate.Release();
        }
        return keys.GetValueOrDefault(keyId);
    }

    private async Task<IReadOnlyDictionary<string, EndorsedKey>> LoadAsync(CancellationToken cancellationToken)
    {
        var http = httpClients.CreateClient(HttpClientName);
        var metadata = OpenIdConnectConfiguration.Create(await http.GetStringAsync(options.Value.OpenIdMetadataUrl, cancellationToken));
        var jwks = await http.GetStringAsync(metadata.JwksUri, cancellationToken);
        var loaded = new Dictionary<string, EndorsedKey>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(jwks);
        foreach (var element in document.RootElement.GetProperty("keys").EnumerateArray())
        {
            var jwk = new JsonWebKey(element.GetRawText());
            if (string.IsNullOrEmpty(jwk.Kid))
            {
                continue;
            }
            var endorsements = element.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal)
                : [];
            loaded[jwk.Kid] = new EndorsedKey(jwk, endorsements);
        }
        logger.LogInformation("Loaded {Count} bot signing keys from {Url}", loaded.Count, metadata.JwksUri);
        return loaded;
    }
}
