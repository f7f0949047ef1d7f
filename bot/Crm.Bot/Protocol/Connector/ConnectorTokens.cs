using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace Crm.Bot.Protocol.Connector;

/// <summary>
/// The bot's own token for calls to the Connector (AUTH §2.3): client credentials against the
/// tenant's token endpoint (multi- or single-tenant), or the managed-identity endpoint. Cached until
/// five minutes before it expires; one request at a time refreshes it.
/// </summary>
internal sealed class ConnectorTokens(IHttpClientFactory httpClients, IOptions<BotOptions> options, TimeProvider time)
{
    public const string HttpClientName = "BotToken";
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim gate = new(1, 1);
    private (string Token, DateTimeOffset ExpiresAt)? cached;

    /// <summary>The token, or null in local mode (the Emulator and the local Direct Line need none).</summary>
    public async Task<string?> GetAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.IsLocalMode)
        {
            return null;
        }
        if (cached is { } hit && time.GetUtcNow() < hit.ExpiresAt - RefreshMargin)
        {
            return hit.Token;
        }
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (cached is { } again && time.GetUtcNow() < again.ExpiresAt - RefreshMargin)
            {
                return again.Token;
            }
            var response = await RequestAsync(settings, cancellationToken);
            cached = (response.AccessToken, time.GetUtcNow().AddSeconds(response.ExpiresIn));
            return response.AccessToken;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<TokenResponse> RequestAsync(BotOptions settings, CancellationToken cancellationToken)
    {
        var http = httpClients.CreateClient(HttpClientName);
        using var request = settings.UsesManagedIdentity ? ManagedIdentityRequest(settings) : ClientCredentialsRequest(settings);
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            // The body may echo request details; only the status is reported.
            throw new HttpRequestException($"Bot token request failed with {(int)response.StatusCode}", null, response.StatusCode);
        }
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken);
        return token is { AccessToken.Length: > 0 } ? token : throw new HttpRequestException("Bot token response had no access_token");
    }

    private static HttpRequestMessage ClientCredentialsRequest(BotOptions settings) =>
        new(HttpMethod.Post, settings.ResolveTokenEndpoint())
        {
            Content = new FormUrlEncodedContent(
            [
                new("grant_type", "client_credentials"),
                new("client_id", settings.MicrosoftAppId!),
                new("client_secret", settings.MicrosoftAppPassword ?? ""),
                new("scope", settings.TokenScope),
            ]),
        };

    private static HttpRequestMessage ManagedIdentityRequest(BotOptions settings)
    {
        var resource = settings.TokenScope.Replace("/.default", "", StringComparison.Ordinal);
        var url = $"{settings.ResolveTokenEndpoint()}?api-version=2018-02-01&resource={Uri.EscapeDataString(resource)}&client_id={Uri.EscapeDataString(settings.MicrosoftAppId!)}";
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Metadata", "true");
        return request;
    }

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] int ExpiresIn);
}
