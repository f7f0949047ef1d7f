using Crm.Skills.Understanding.Llm;

namespace Crm.Bot.Llm;

/// <summary>
/// The <c>Llm</c> configuration section (<c>Llm__Endpoint</c>, <c>Llm__ApiKey</c>…). Without an endpoint or
/// a replay folder the embedded engine runs alone. Credentials: an API key, or an Entra app
/// (tenant, client id, secret) for Azure OpenAI; local servers need neither.
/// </summary>
public sealed class LlmOptions
{
    /// <summary>An OpenAI-compatible base URL, e.g. https://NAME.openai.azure.com/openai/v1/ or http://localhost:11434/v1/.</summary>
    public string? Endpoint { get; set; }
    public string? ApiKey { get; set; }
    /// <summary>The model, or the Azure deployment name.</summary>
    public string? Model { get; set; }
    /// <summary>off, llm or hybrid; hybrid when an endpoint is set and this is not.</summary>
    public string? Mode { get; set; }
    public int TimeoutSeconds { get; set; } = 30;
    /// <summary>Retries the SDK itself makes on 429/5xx before the message falls back to the embedded engine.</summary>
    public int MaxRetries { get; set; } = 1;
    public string? TenantId { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
    /// <summary>The Entra cloud to get tokens from; https://login.microsoftonline.com/ when not set.</summary>
    public string? Authority { get; set; }
    /// <summary>A folder to write every request/response pair to, keyed by a hash of the request.</summary>
    public string? Record { get; set; }
    /// <summary>A folder of recorded pairs to answer from, with no network.</summary>
    public string? Replay { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Endpoint) || !string.IsNullOrWhiteSpace(Replay);

    public LlmMode ParsedMode() => Mode?.Trim().ToLowerInvariant() switch
    {
        null or "" => IsConfigured ? LlmMode.Hybrid : LlmMode.Off,
        "off" or "embedded" => LlmMode.Off,
        "llm" => LlmMode.Llm,
        "hybrid" => LlmMode.Hybrid,
        var other => throw new LlmConfigurationException($"Llm:Mode '{other}' is not one of off, llm, hybrid."),
    };

    public LlmSettings Settings() => new() { Mode = ParsedMode(), Timeout = TimeSpan.FromSeconds(Math.Max(1, TimeoutSeconds)) };
}
