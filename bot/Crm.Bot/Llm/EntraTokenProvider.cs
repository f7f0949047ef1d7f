using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Identity.Client;
using LogLevel = Microsoft.Extensions.Logging.LogLevel;
using MsalLogLevel = Microsoft.Identity.Client.LogLevel;

namespace Crm.Bot.Llm;

/// <summary>
/// Entra ID tokens for Azure OpenAI from an app registration (client credentials), through MSAL,
/// which caches and refreshes them. Used when <c>Llm__TenantId</c>, <c>Llm__ClientId</c> and
/// <c>Llm__ClientSecret</c> are set instead of an API key. <c>Llm__Authority</c> names another Entra
/// cloud (for example https://login.chinacloudapi.cn/). MSAL's own log lines go to the app's log
/// without personal data; tokens and the secret are never logged.
/// </summary>
internal sealed class EntraTokenProvider : AuthenticationTokenProvider
{
    public const string Scope = "https://cognitiveservices.azure.com/.default";
    public const string PublicCloud = "https://login.microsoftonline.com/";

    private readonly IConfidentialClientApplication app;

    /// <param name="httpClients">MSAL's HTTP clients; null (production) lets MSAL make its own. Tests pass one that trusts their local authority.</param>
    public EntraTokenProvider(LlmOptions options, IMsalHttpClientFactory? httpClients = null, ILogger? logger = null)
    {
        var log = logger ?? NullLogger.Instance;
        var authority = new Uri(string.IsNullOrWhiteSpace(options.Authority) ? PublicCloud : options.Authority);
        var builder = ConfidentialClientApplicationBuilder.Create(options.ClientId)
            .WithClientSecret(options.ClientSecret)
            .WithAuthority(authority.GetLeftPart(UriPartial.Authority), options.TenantId)
            .WithLogging((level, message, pii) => Log(log, level, message, pii), MsalLogLevel.Verbose, enablePiiLogging: false, enableDefaultPlatformLogging: false);
        // MSAL validates an authority by asking the public cloud's instance discovery, which cannot know a
        // local authority (tests, offline development): for a loopback host only, that check is switched off.
        if (authority.IsLoopback)
            builder = builder.WithInstanceDiscovery(false);
        if (httpClients is not null)
            builder = builder.WithHttpClientFactory(httpClients);
        app = builder.Build();
    }

    public override GetTokenOptions? CreateTokenOptions(IReadOnlyDictionary<string, object> properties) => new(properties);

    public override AuthenticationToken GetToken(GetTokenOptions options, CancellationToken cancellationToken) =>
        GetTokenAsync(options, cancellationToken).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<AuthenticationToken> GetTokenAsync(GetTokenOptions options, CancellationToken cancellationToken)
    {
        var result = await app.AcquireTokenForClient([Scope]).ExecuteAsync(cancellationToken);
        return new AuthenticationToken(result.AccessToken, "Bearer", result.ExpiresOn, result.ExpiresOn.AddMinutes(-5));
    }

    private static void Log(ILogger logger, MsalLogLevel level, string message, bool containsPii)
    {
        if (containsPii)
            return;
        var mapped = level switch
        {
            MsalLogLevel.Error => LogLevel.Error,
            MsalLogLevel.Warning => LogLevel.Warning,
            MsalLogLevel.Info => LogLevel.Debug,
            _ => LogLevel.Trace,
        };
        if (logger.IsEnabled(mapped))
            logger.Log(mapped, "MSAL: {Message}", message);
    }
}
