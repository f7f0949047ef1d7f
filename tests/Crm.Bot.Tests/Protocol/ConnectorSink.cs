using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Crm.Bot.Tests.Protocol;

/// <summary>One request the bot made to the Connector.</summary>
public sealed record SinkRequest(string Method, string RawTarget, string? Authorization, JsonElement? Body);

/// <summary>
/// A stand-in for the Bot Connector (smba.trafficmanager.net) on 127.0.0.1: records every call and
/// answers like the Connector (ResourceResponse ids, member info), or with scripted failures.
/// </summary>
public sealed class ConnectorSink : IAsyncDisposable
{
    private readonly ConcurrentQueue<SinkRequest> requests = new();
    private WebApplication? app;
    private int nextId;

    public string BaseUrl { get; private set; } = "";
    /// <summary>Like Teams' serviceUrl: a path prefix with a trailing slash.</summary>
    public string ServiceUrl => $"{BaseUrl}/teams/";
    public ConcurrentQueue<(int Status, string? RetryAfter, string? Code)> ScriptedFailures { get; } = new();
    public ConcurrentDictionary<string, object> Members { get; } = new();
    public IReadOnlyList<SinkRequest> Requests => [.. requests];

    public IReadOnlyList<SinkRequest> Messages => Requests.Where(r => r.Body?.TryGetProperty("type", out var t) == true && t.GetString() == "message").ToList();

    public static async Task<ConnectorSink> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var sink = new ConnectorSink();
        sink.app = builder.Build();
        sink.app.Map("/{**path}", (Delegate)sink.HandleAsync);
        await sink.app.StartAsync();
        sink.BaseUrl = sink.app.Urls.First();
        return sink;
    }

    /// <summary>Waits until the recorded requests satisfy <paramref name="done"/> (bounded, so a broken bot fails the test).</summary>
    public async Task<IReadOnlyList<SinkRequest>> WaitAsync(Func<IReadOnlyList<SinkRequest>, bool> done, int seconds = 10)
    {
        for (var waited = 0; waited < seconds * 20; waited++)
        {
            if (done(Requests))
            {
                return Requests;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"The connector sink saw only {Requests.Count} request(s): {string.Join(" | ", Requests.Select(r => $"{r.Method} {r.RawTarget}"))}");
    }

    public Task<IReadOnlyList<SinkRequest>> WaitForMessagesAsync(int count) => WaitAsync(r => r.Count(IsMessage) >= count);

    private static bool IsMessage(SinkRequest r) => r.Body?.TryGetProperty("type", out var t) == true && t.GetString() == "message";

    private async Task<IResult> HandleAsync(HttpContext http)
    {
        var raw = http.Features.Get<IHttpRequestFeature>()!.RawTarget;
        JsonElement? body = null;
        if (http.Request.ContentLength > 0 || http.Request.Headers.ContentType.Count > 0)
        {
            body = await JsonSerializer.DeserializeAsync<JsonElement>(http.Request.Body);
        }
        requests.Enqueue(new SinkRequest(http.Request.Method, raw, http.Request.Headers.Authorization.FirstOrDefault(), body));
        if (ScriptedFailures.TryDequeue(out var failure))
        {
            if (failure.RetryAfter is not null)
            {
                http.Response.Headers.RetryAfter = failure.RetryAfter;
            }
            return Results.Json(new { error = new { code = failure.Code ?? "Failure", message = "scripted" } }, statusCode: failure.Status);
        }
        var memberPrefix = "/members/";
        var index = raw.IndexOf(memberPrefix, StringComparison.Ordinal);
        if (http.Request.Method == "GET" && index > 0)
        {
            var memberId = Uri.UnescapeDataString(raw[(index + memberPrefix.Length)..]);
            return Members.TryGetValue(memberId, out var member) ? Results.Json(member) : Results.NotFound();
        }
        return Results.Json(new { id = $"sent-{Interlocked.Increment(ref nextId)}" });
    }

    public async ValueTask DisposeAsync() => await app!.DisposeAsync();
}
