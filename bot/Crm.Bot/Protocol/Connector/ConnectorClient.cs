using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Polly;

namespace Crm.Bot.Protocol.Connector;

/// <summary>
/// The Bot Connector REST API v3 (CONN), as much as the bot uses: reply, send, update, member info
/// and 1:1 conversation creation. Every call carries the bot's bearer token, goes only to a trusted
/// service URL, escapes ids (Teams thread ids contain <c>;messageid=</c>) and retries transient failures.
/// </summary>
public sealed class ConnectorClient
{
    public const string HttpClientName = "BotConnector";
    private readonly IHttpClientFactory httpClients;
    private readonly ConnectorTokens tokens;
    private readonly TrustedServiceUrls trusted;
    private readonly ResiliencePipeline<HttpResponseMessage> retry;
    private readonly ConversationPacing pacing;

    internal ConnectorClient(IHttpClientFactory httpClients, ConnectorTokens tokens, TrustedServiceUrls trusted, IOptions<BotOptions> options, TimeProvider time)
    {
        this.httpClients = httpClients;
        this.tokens = tokens;
        this.trusted = trusted;
        retry = ConnectorRetry.Create(options, time);
        pacing = new ConversationPacing(time);
    }

    public Task<string?> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        SendActivityAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{Esc(conversationId)}/activities/{Esc(replyToId)}", activity, cancellationToken);

    public Task<string?> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendActivityAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{Esc(conversationId)}/activities", activity, cancellationToken);

    /// <summary>Replaces a message the bot sent, e.g. a change card after its Undo was pressed.</summary>
    public Task<string?> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendActivityAsync(HttpMethod.Put, serviceUrl, $"v3/conversations/{Esc(conversationId)}/activities/{Esc(activityId)}", activity, cancellationToken);

    /// <summary>Teams member info (email, userPrincipalName, aadObjectId) for mapping a sender to a CRM user.</summary>
    public async Task<ChannelAccount?> GetMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Get, serviceUrl, $"v3/conversations/{Esc(conversationId)}/members/{Esc(memberId)}", null, cancellationToken);
        return response.StatusCode == HttpStatusCode.NotFound ? null : await ReadAsync<ChannelAccount>(response, cancellationToken);
    }

    /// <summary>Opens (or finds) the 1:1 chat with a user for proactive messages; returns its conversation id.</summary>
    public async Task<string?> CreateConversationAsync(string serviceUrl, JsonElement conversationParameters, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Post, serviceUrl, "v3/conversations", conversationParameters, cancellationToken);
        var body = await ReadAsync<JsonElement>(response, cancellationToken);
        return body.TryGetProperty("id", out var id) ? id.GetString() : null;
    }

    private async Task<string?> SendActivityAsync(HttpMethod method, string serviceUrl, string path, Activity activity, CancellationToken cancellationToken)
    {
        await pacing.WaitAsync(path.Split('/')[2], cancellationToken);
        using var response = await SendAsync(method, serviceUrl, path, activity, cancellationToken);
        var body = await ReadAsync<JsonElement>(response, cancellationToken);
        return body.ValueKind == JsonValueKind.Object && body.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string serviceUrl, string path, object? body, CancellationToken cancellationToken)
    {
        var baseUrl = TrustedServiceUrls.Normalize(serviceUrl);
        if (!trusted.IsTrusted(baseUrl))
        {
            throw new ConnectorException(HttpStatusCode.Forbidden, "UntrustedServiceUrl", "The service URL did not arrive with a validated activity.");
        }
        var token = await tokens.GetAsync(cancellationToken);
        var json = body is null ? null : ActivityJson.Serialize(body);
        var http = httpClients.CreateClient(HttpClientName);
        return await retry.ExecuteAsync(async ct =>
        {
            using var request = new HttpRequestMessage(method, new Uri(new Uri(baseUrl), path));
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }
            if (json is not null)
            {
                request.Content = new StringContent(json, Encoding.UTF8, "application/json");
            }
            return await http.SendAsync(request, ct);
        }, cancellationToken);
    }

    private static async Task<T?> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new ConnectorException(response.StatusCode, ErrorCode(text), $"Connector call failed with {(int)response.StatusCode}");
        }
        return string.IsNullOrWhiteSpace(text) ? default : JsonSerializer.Deserialize<T>(text, ActivityJson.Options);
    }

    private static string? ErrorCode(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("error", out var error) && error.TryGetProperty("code", out var code) ? code.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Esc(string segment) => Uri.EscapeDataString(segment);
}
