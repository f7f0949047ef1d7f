using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http.Features;

namespace Crm.Bot.Benchmarks.Messages;

/// <summary>
/// A stand-in for the Bot Connector on 127.0.0.1 that receives the bot's replies: it answers like the
/// Connector (a resource id) and counts, per inbound activity id, the replies that arrived for it.
/// </summary>
internal sealed class BenchConnector : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, int> repliesTo = new(StringComparer.Ordinal);
    private WebApplication? app;
    private int calls;
    private int unauthenticated;

    public string ServiceUrl { get; private set; } = "";
    /// <summary>Every call the bot made (replies, typing, anything else).</summary>
    public int Calls => Volatile.Read(ref calls);
    /// <summary>Calls without the bot's bearer token; should stay 0.</summary>
    public int Unauthenticated => Volatile.Read(ref unauthenticated);
    /// <summary>Inbound activities that got at least one reply.</summary>
    public int Answered => repliesTo.Count;

    public static async Task<BenchConnector> StartAsync(CancellationToken cancellationToken)
    {
        var connector = new BenchConnector();
        var app = BenchHttp.CreateLoopbackApp();
        app.Map("/teams/{**path}", connector.HandleAsync);
        connector.app = app;
        connector.ServiceUrl = await BenchHttp.StartAsync(app, cancellationToken) + "/teams/";
        return connector;
    }

    public bool HasReplyTo(string activityId) => repliesTo.ContainsKey(activityId);

    /// <summary>Waits (bounded) until <paramref name="expected"/> activities have a reply; returns how many do.</summary>
    public async Task<int> WaitForAnswersAsync(int expected, TimeSpan limit, TimeProvider time, CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow() + limit;
        while (Answered < expected && time.GetUtcNow() < deadline)
        {
            await Task.Delay(50, cancellationToken);
        }
        return Answered;
    }

    private async Task HandleAsync(HttpContext http)
    {
        Interlocked.Increment(ref calls);
        if (!http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref unauthenticated);
        }
        // The body is read as the Connector would, but only the target matters here.
        await http.Request.Body.CopyToAsync(Stream.Null, http.RequestAborted);
        var target = http.Features.Get<IHttpRequestFeature>()!.RawTarget;
        const string marker = "/activities/";
        var at = target.LastIndexOf(marker, StringComparison.Ordinal);
        if (http.Request.Method == "POST" && at > 0)
        {
            repliesTo.AddOrUpdate(Uri.UnescapeDataString(target[(at + marker.Length)..]), 1, (_, n) => n + 1);
        }
        await http.Response.WriteAsJsonAsync(new { id = $"bench-{Calls}" }, http.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
