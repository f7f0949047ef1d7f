using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Crm.Bot.Tests.DirectLine;

/// <summary>The REST calls a Direct Line client makes, as raw HTTP against the host.</summary>
public sealed class DirectLineClient(HttpClient http)
{
    public const string Base = "/v3/directline";

    /// <summary>A token for a new conversation as <paramref name="userId"/>, from the local page's endpoint.</summary>
    public async Task<JsonObject> PageTokenAsync(string userId)
    {
        using var response = await http.PostAsJsonAsync("/webchat/token", new { userId });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await ReadAsync(response))!;
    }

    public async Task<(HttpStatusCode Status, JsonObject? Body)> SendAsync(HttpMethod method, string path, string? bearer, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        if (body is not null)
        {
            var json = body as string ?? JsonSerializer.Serialize(body);
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }
        using var response = await http.SendAsync(request);
        return (response.StatusCode, await ReadAsync(response));
    }

    /// <summary>Starts the token's conversation; returns the start response.</summary>
    public async Task<(HttpStatusCode Status, JsonObject Body)> StartAsync(string token)
    {
        var (status, body) = await SendAsync(HttpMethod.Post, $"{Base}/conversations", token);
        return (status, body!);
    }

    /// <summary>Starts a conversation as <paramref name="userId"/>; returns its id and token.</summary>
    public async Task<(string ConversationId, string Token)> StartAsAsync(string userId)
    {
        var page = await PageTokenAsync(userId);
        var (status, body) = await StartAsync((string)page["token"]!);
        Assert.Equal(HttpStatusCode.Created, status);
        return ((string)body["conversationId"]!, (string)body["token"]!);
    }

    public async Task<string> PostAsync(string conversationId, string token, object activity)
    {
        var (status, body) = await SendAsync(HttpMethod.Post, $"{Base}/conversations/{conversationId}/activities", token, activity);
        Assert.Equal(HttpStatusCode.OK, status);
        return (string)body!["id"]!;
    }

    public async Task<JsonObject> GetAsync(string conversationId, string token, string? watermark = null)
    {
        var (status, body) = await SendAsync(HttpMethod.Get, $"{Base}/conversations/{conversationId}/activities?watermark={watermark}", token);
        Assert.Equal(HttpStatusCode.OK, status);
        return body!;
    }

    /// <summary>Polls the log until an activity matches (bot turns finish in the background).</summary>
    public async Task<JsonObject> WaitForAsync(string conversationId, string token, Func<JsonObject, bool> match)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var set = await GetAsync(conversationId, token);
            if (set["activities"]!.AsArray().Select(a => a!.AsObject()).FirstOrDefault(match) is { } found)
            {
                return found;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("No matching activity arrived.");
    }

    public static object Message(string text, string clientActivityId, string fromId = "someone") => new
    {
        type = "message",
        text,
        from = new { id = fromId, role = "user" },
        locale = "en-US",
        channelData = new { clientActivityID = clientActivityId },
    };

    private static async Task<JsonObject?> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length > 0 && text.TrimStart().StartsWith('{') ? JsonNode.Parse(text)!.AsObject() : null;
    }
}
