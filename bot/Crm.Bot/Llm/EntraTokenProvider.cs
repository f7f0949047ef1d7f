using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Identity.Client;

namespace Crm.Bot.Llm;

/// <summary>
/// Entra ID tokens for Azure OpenAI from an app registration (client credentials), through MSAL,
/// which caches and refreshes them. Used when <c>Llm__TenantId</c>, <c>Llm__ClientId</c> and
/// <c>Llm__ClientSecret</c> are set instead of an API key.
/// </summary>
internal sealed class EntraTokenProvider(string tenantId, string clientId, string clientSecret) : AuthenticationTokenProvider
{
    public const string Scope = "https://cognitiveservices.azure.com/.default";

    private readonly IConfidentialClientApplication app = ConfidentialClientApplicationBuilder.Create(clientId)
        .WithClientSecret(clientSecret)
        .WithTenantId(tenantId)
        .Build();

    public override GetTokenOptions? CreateTokenOptions(IReadOnlyDictionary<string, object> properties) => new(properties);

    public override AuthenticationToken GetToken(GetTokenOptions options, CancellationToken cancellationToken) =>
        GetTokenAsync(options, cancellationToken).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<AuthenticationToken> GetTokenAsync(GetTokenOptions options, CancellationToken cancellationToken)
    {
        var result = await app.AcquireTokenForClient([Scope]).ExecuteAsync(cancellationToken);
        return new AuthenticationToken(result.AccessToken, "Bearer", result.ExpiresOn, result.ExpiresOn.AddMinutes(-5));
    }
}
