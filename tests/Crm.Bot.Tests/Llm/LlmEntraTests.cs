using Crm.Bot.Llm;
using Crm.Skills.Results;
using Microsoft.Extensions.DependencyInjection;
using LogLevel = Microsoft.Extensions.Logging.LogLevel;
using Microsoft.Identity.Client;

namespace Crm.Bot.Tests.Llm;

/// <summary>
/// Entra ID client credentials for real, offline: MSAL gets a token from a local HTTPS authority whose
/// self-signed certificate only the test's HTTP client trusts, and the chat client sends it to the model.
/// </summary>
public sealed class LlmEntraTests : IAsyncLifetime
{
    private const string TenantId = "6f1d2c3b-0a9e-4b8c-9d7e-5f4a3b2c1d0e";
    private const string ClientId = "0b8e2f6a-3c1d-4e5f-a6b7-c8d9e0f1a2b3";
    private readonly string secret = "entra-secret-" + Guid.NewGuid().ToString("N");
    private LocalTokenAuthority authority = null!;
    private ScriptedModelServer server = null!;

    public async Task InitializeAsync()
    {
        authority = await LocalTokenAuthority.StartAsync();
        // Bearer tokens only travel over TLS, so the model server speaks HTTPS with the authority's certificate.
        server = await ScriptedModelServer.StartAsync(authority.Certificate);
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        await authority.DisposeAsync();
    }

    [Fact]
    public async Task EntraCredentials_TokenFromTheAuthority_IsSentAsBearerAndCachedForTheNextCall()
    {
        server.Then(ModelReply.Text("Hello Riva."), ModelReply.Text("Nothing else is new."));
        await using var bot = await StartBotAsync(authority.Certificate);

        await bot.SendAsync("what's new?");
        await bot.SendAsync("anything else new?");

        Assert.True(server.Requests.Count == 2, bot.Logs.All);
        Assert.All(server.Requests, r => Assert.Equal("Bearer " + authority.Token, r.Authorization));
        var request = Assert.Single(authority.TokenRequests);
        Assert.Equal("client_credentials", request["grant_type"]);
        Assert.Equal(ClientId, request["client_id"]);
        Assert.Equal(secret, request["client_secret"]);
        Assert.Contains("https://cognitiveservices.azure.com/.default", request["scope"].Split(' '));
        Assert.Equal([$"/{TenantId}/oauth2/v2.0/token"], authority.Paths);
        Assert.Contains(bot.Logs.Lines, l => l.Text.StartsWith("MSAL:", StringComparison.Ordinal));
        Assert.DoesNotContain(authority.Token, bot.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, bot.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthorityWithACertificateTheClientDoesNotTrust_GetsNoSecret_AndTheEmbeddedEngineAnswers()
    {
        using var other = LocalCertificate.Create();
        await using var bot = await StartBotAsync(other);

        var reply = await bot.SendAsync("log a call with Orla Finch at Bramblewood Foods: she asked about pallet sensor pricing");

        Assert.IsType<ChangeResult>(Assert.Single(reply.Parts));
        Assert.Empty(server.Requests);
        Assert.Empty(authority.TokenRequests);
        Assert.Contains(bot.Logs.Lines, l => l.Level == LogLevel.Warning && l.Text.Contains("embedded engine", StringComparison.Ordinal));
        Assert.DoesNotContain(secret, bot.Logs.All, StringComparison.Ordinal);
    }

    private Task<LlmBot> StartBotAsync(System.Security.Cryptography.X509Certificates.X509Certificate2 trusted) => LlmBot.StartAsync(
        server, "llm", services => services
            .AddSingleton<IMsalHttpClientFactory>(new TrustingMsalHttpClients(trusted))
            .AddSingleton(new LlmHttpTransport(LocalCertificate.Trusting(authority.Certificate))),
        ("Llm:ApiKey", null), ("Llm:TenantId", TenantId), ("Llm:ClientId", ClientId), ("Llm:ClientSecret", secret), ("Llm:Authority", authority.BaseUrl));
}
