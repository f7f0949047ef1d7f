namespace Crm.Bot.Llm;

/// <summary>
/// The HTTP client to reach the model endpoint with, when a host must choose it (a certificate it
/// alone trusts, a proxy). Not registered by default: the OpenAI SDK then uses its own. The Entra
/// tests register one that trusts their local HTTPS model server, as bearer tokens go only over TLS.
/// </summary>
public sealed record LlmHttpTransport(HttpClient Client);
