using System.Net.Http;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Identity.Client;

namespace Crm.Bot.Tests.Llm;

/// <summary>
/// MSAL's HTTP clients for a test: TLS as usual, except that the one certificate given is trusted as
/// its own root. Any other certificate, or a name that does not match, is refused as always.
/// </summary>
public sealed class TrustingMsalHttpClients(X509Certificate2 trusted) : IMsalHttpClientFactory
{
    private readonly HttpClient client = LocalCertificate.Trusting(trusted);

    public HttpClient GetHttpClient() => client;
}
