using System.Net;
using Crm.Bot.Protocol;
using Crm.Bot.Protocol.Auth;
using Crm.Bot.Protocol.Connector;
using Microsoft.Extensions.Options;

namespace Crm.Bot.Teams;

/// <summary>
/// <c>POST /api/messages</c> (PROTOCOLS §1.3): authenticate, read, authorise for this activity, then hand
/// it to <see cref="ActivityProcessor"/>. No bot code runs for a request that fails any check. Other
/// verbs get 405 from routing.
/// </summary>
public static class BotMessagesEndpoint
{
    public static IEndpointConventionBuilder MapBotMessages(this IEndpointRouteBuilder app, string pattern = "/api/messages") =>
        app.MapPost(pattern, HandleAsync).DisableAntiforgery();

    private static async Task<IResult> HandleAsync(
        HttpContext http,
        BotAuthenticator authenticator,
        ActivityProcessor processor,
        ConnectorClient connector,
        TrustedServiceUrls trusted,
        BackgroundTurns background,
        IOptions<BotOptions> options,
        TimeProvider time,
        ILogger<ActivityProcessor> logger)
    {
        var settings = options.Value;
        if (settings.IsLocalMode && http.Connection.RemoteIpAddress is { } remote && !IPAddress.IsLoopback(remote))
        {
            // Local mode accepts unauthenticated activities, so only from this machine.
            return InboundActivityReader.Problem(403, "LocalModeOnly", "Without an app id the bot only accepts local connections.");
        }
        var token = await authenticator.ValidateAsync(http.Request.Headers.Authorization.FirstOrDefault(), http.RequestAborted);
        if (token.Failure is { Succeeded: false } early)
        {
            logger.LogWarning("Rejected an activity: {Reason}", early.Failure);
            return Results.StatusCode(early.StatusCode);
        }
        var (activity, error) = await InboundActivityReader.ReadAsync(http.Request, settings.MaxRequestBytes, http.RequestAborted);
        if (activity is null)
        {
            return error!;
        }
        var auth = token.ForActivity(activity.ChannelId, activity.ServiceUrl);
        if (!auth.Succeeded)
        {
            logger.LogWarning("Rejected activity {ActivityId}: {Reason}", activity.Id, auth.Failure);
            return Results.StatusCode(auth.StatusCode);
        }
        if (activity.DeliveryMode == "expectReplies")
        {
            return InboundActivityReader.Problem(400, "NotSupported", "deliveryMode expectReplies is not supported."); // A3112
        }
        activity.CallerId = auth.CallerId;
        if (!auth.IsAnonymous || TrustedServiceUrls.IsLoopback(activity.ServiceUrl!))
        {
            trusted.Trust(activity.ServiceUrl!);
        }
        var origin = auth.IsAnonymous ? ActivityOrigin.Local : ActivityOrigin.Connector;
        var sender = new ConnectorActivitySender(connector, activity.ServiceUrl!, activity.Conversation!.Id!);
        var work = background.Run(ct => processor.ProcessAsync(activity, origin, sender, ct, repliesAfterReturn: true));
        return await AcknowledgeAsync(activity, work, settings.AcknowledgeAfter, time);
    }

    /// <summary>
    /// Waits for the turn up to the acknowledgement deadline; transcripts are acknowledged at once.
    /// A turn that outlives the wait keeps running and answers through the Connector.
    /// </summary>
    private static async Task<IResult> AcknowledgeAsync(Activity activity, Task<InvokeResponse?> work, TimeSpan deadline, TimeProvider time)
    {
        var slow = activity.Type == ActivityTypes.Message && InboundAttachments.HasTextFile(activity);
        if (!slow)
        {
            // WaitAsync drops its timer as soon as the turn is done; an abandoned Task.Delay would stay
            // queued for the whole deadline, and thousands of them make every timer tick slow.
            await ((Task)work).WaitAsync(deadline, time).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
        var isInvoke = activity.Type == ActivityTypes.Invoke;
        if (!work.IsCompleted)
        {
            return isInvoke ? Write(InvokeResponse.Message(Working(activity))) : Results.Ok();
        }
        if (work.IsFaulted || work.IsCanceled)
        {
            // Nothing was recorded (see ActivityProcessor): 503 asks the connector to retry later.
            return InboundActivityReader.Problem(503, "ServiceUnavailable", "The bot could not process the activity now; retry later.");
        }
        return work.Result is { } response ? Write(response) : Results.Ok();
    }

    private static IResult Write(InvokeResponse response) =>
        response.Body is { } body ? Results.Json(body, statusCode: response.Status) : Results.StatusCode(response.Status);

    private static string Working(Activity activity) =>
        activity.Locale?.StartsWith("zh", StringComparison.OrdinalIgnoreCase) == true ? "正在处理,稍后回复。" : "Working on it; the answer follows shortly.";
}
