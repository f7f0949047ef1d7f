using System.Net;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace Crm.Bot.Protocol.Connector;

/// <summary>
/// Retries for Connector calls (TEAMS rate-limit; PROTOCOLS §1.5): on 429, 412, 500, 502, 503 and 504,
/// exponential back-off with jitter, honouring Retry-After; never on 400/401/403/404/413.
/// </summary>
internal static class ConnectorRetry
{
    private static readonly HashSet<HttpStatusCode> Transient =
    [
        HttpStatusCode.TooManyRequests, HttpStatusCode.PreconditionFailed, HttpStatusCode.InternalServerError,
        HttpStatusCode.BadGateway, HttpStatusCode.ServiceUnavailable, HttpStatusCode.GatewayTimeout,
    ];

    public static ResiliencePipeline<HttpResponseMessage> Create(IOptions<BotOptions> options, TimeProvider time) =>
        new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = Math.Max(1, options.Value.MaxSendRetries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromSeconds(1),
                MaxDelay = TimeSpan.FromSeconds(20),
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is HttpRequestException
                    || (args.Outcome.Result is { } response && Transient.Contains(response.StatusCode))),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result)),
                OnRetry = args =>
                {
                    // The failed response is replaced by the next attempt's; release it now.
                    args.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            })
            .Build();

    /// <summary>The server's Retry-After (seconds or a date), capped at a minute; null lets back-off decide.</summary>
    private static TimeSpan? RetryAfter(HttpResponseMessage? response)
    {
        var header = response?.Headers.RetryAfter;
        var delay = header?.Delta ?? (header?.Date is { } date ? date - (response!.Headers.Date ?? date) : null);
        return delay is { } d && d >= TimeSpan.Zero ? (d > TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1) : d) : null;
    }
}
