using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Crm.Bot.Tests.Llm;

/// <summary>
/// A local OpenAI-compatible server on 127.0.0.1 (random port): <c>/v1/chat/completions</c> and the
/// Azure v1 path <c>/openai/v1/chat/completions</c>. Each request gets the next scripted reply; every
/// request body and its Authorization header are kept for the test to look at.
/// </summary>
public sealed class ScriptedModelServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<ModelReply> replies = new();

    private ScriptedModelServer(WebApplication app) => this.app = app;

    public string BaseUrl { get; private set; } = "";
    public ConcurrentQueue<ModelRequest> Requests { get; } = new();

    /// <param name="certificate">Serve HTTPS with this certificate instead of plain HTTP.</param>
    public static async Task<ScriptedModelServer> StartAsync(X509Certificate2? certificate = null)
    {
        var server = new ScriptedModelServer(LoopbackApps.Create(certificate));
        server.app.MapPost("/v1/chat/completions", server.AnswerAsync);
        server.app.MapPost("/openai/v1/chat/completions", server.AnswerAsync);
        server.BaseUrl = await LoopbackApps.StartAsync(server.app);
        return server;
    }

    public ScriptedModelServer Then(params ModelReply[] next)
    {
        foreach (var reply in next)
            replies.Enqueue(reply);
        return this;
    }

    private async Task AnswerAsync(HttpContext http)
    {
        var body = JsonNode.Parse(await new StreamReader(http.Request.Body).ReadToEndAsync())!.AsObject();
        Requests.Enqueue(new ModelRequest(http.Request.Path, http.Request.Headers.Authorization.ToString(), body));
        if (!replies.TryDequeue(out var reply))
            reply = ModelReply.Status(500);
        if (reply.Delay > TimeSpan.Zero)
            await Task.Delay(reply.Delay, http.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        http.Response.StatusCode = reply.StatusCode;
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(reply.Body);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

public sealed record ModelRequest(string Path, string Authorization, JsonObject Body)
{
    public JsonArray Messages => Body["messages"]!.AsArray();

    /// <summary>Every message's content as text, for "did the model see X" checks.</summary>
    public string AllText => string.Join("\n", Messages.Select(m => m?["content"] is JsonValue v ? v.GetValue<string>() : m?["content"]?.ToJsonString() ?? ""));
}
