namespace Crm.Bot.Protocol;

/// <summary>
/// The bot's registration (section <c>Bot</c>, e.g. <c>Bot__MicrosoftAppId</c>). With no app id the
/// bot runs in local mode: unauthenticated activities from loopback only (chat, Web Chat, Emulator).
/// Every endpoint is configurable so tests can run a local OpenID issuer and token endpoint.
/// </summary>
public sealed class BotOptions
{
    public const string Section = "Bot";

    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }
    /// <summary>MultiTenant, SingleTenant or UserAssignedMSI (the Azure Bot's app type).</summary>
    public string MicrosoftAppType { get; set; } = "MultiTenant";
    /// <summary>The bot's Entra tenant: the token authority for single-tenant registrations.</summary>
    public string? TenantId { get; set; }
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    /// <summary>Entra's keys, for tokens the Bot Framework Emulator sends (AUTH; SDK EmulatorValidation).</summary>
    public string EmulatorOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration";
    /// <summary>
    /// Issuers accepted on inbound tokens, comma-separated (so one environment variable can hold them);
    /// the Bot Connector's only one by default (AUTH step 4.3).
    /// </summary>
    public string ValidIssuers { get; set; } = "https://api.botframework.com";
    /// <summary>Client-credentials endpoint; {tenant} is replaced. For managed identity, the MSI endpoint.</summary>
    public string? TokenEndpoint { get; set; }
    public string TokenScope { get; set; } = "https://api.botframework.com/.default";
    /// <summary>Unknown key ids trigger a key refresh at most this often (the issuer must not be hammered).</summary>
    public TimeSpan KeyRefreshMinInterval { get; set; } = TimeSpan.FromMinutes(5);
    public TimeSpan KeyRefreshInterval { get; set; } = TimeSpan.FromHours(24);
    /// <summary>Requests above this size are refused with 413 before parsing.</summary>
    public int MaxRequestBytes { get; set; } = 1024 * 1024;
    /// <summary>After this long the connector gets its 200 and the turn answers later (the 15-second rule).</summary>
    public TimeSpan AcknowledgeAfter { get; set; } = TimeSpan.FromSeconds(10);
    /// <summary>Largest transcript file fetched from a contentUrl.</summary>
    public int MaxAttachmentBytes { get; set; } = 2 * 1024 * 1024;
    /// <summary>Connector retries on 429/412/5xx, never more than this many.</summary>
    public int MaxSendRetries { get; set; } = 3;

    /// <summary>Processed activity ids older than this are forgotten (the Connector retries for minutes, not days).</summary>
    public TimeSpan ProcessedActivityRetention { get; set; } = TimeSpan.FromHours(24);
    /// <summary>How often old processed activity ids are pruned.</summary>
    public TimeSpan ProcessedActivityPruneInterval { get; set; } = TimeSpan.FromHours(1);

    public IReadOnlyList<string> Issuers =>
        ValidIssuers.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public bool IsLocalMode => string.IsNullOrWhiteSpace(MicrosoftAppId);

    public bool UsesManagedIdentity => string.Equals(MicrosoftAppType, "UserAssignedMSI", StringComparison.OrdinalIgnoreCase);

    /// <summary>Multi-tenant apps get tokens from botframework.com; single-tenant ones from their own tenant.</summary>
    public string ResolveTokenEndpoint()
    {
        var tenant = string.Equals(MicrosoftAppType, "SingleTenant", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(TenantId)
            ? TenantId
            : "botframework.com";
        if (!string.IsNullOrWhiteSpace(TokenEndpoint))
        {
            return TokenEndpoint.Replace("{tenant}", tenant, StringComparison.Ordinal);
        }
        return UsesManagedIdentity
            ? "http://169.254.169.254/metadata/identity/oauth2/token"
            : $"https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token";
    }
}
