using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Bot.Protocol;
using Crm.Bot.Protocol.Connector;
using Crm.Skills.Conversation;

namespace Crm.Bot.Teams;

/// <summary>
/// Everything after authentication, for one activity: retry detection, then by type — messages and
/// card actions run a turn, installs greet, Universal Actions answer synchronously, and everything
/// else (reactions, typing, edits, unknown types and events: ACT A2014, A5002) is acknowledged and ignored.
/// Replay and in-process channels call this directly with their own <see cref="IActivitySender"/>.
/// </summary>
public sealed class ActivityProcessor(
    MessageTurns turns, WelcomeTurns welcome, ProcessedActivities processed, BackgroundTurns background, ConversationReferences references,
    ILogger<ActivityProcessor> logger)
{
    public const string AdaptiveCardAction = "adaptiveCard/action";

    /// <param name="repliesAfterReturn">
    /// Send a message's replies in the background once its turn is done and recorded, rather than before
    /// returning: over the Connector each reply is a call of its own, so the HTTP acknowledgement need
    /// not wait for them (and a slow Connector cannot delay it).
    /// </param>
    /// <returns>The invoke response for invokes; null for everything else (HTTP 200, empty body).</returns>
    public async Task<InvokeResponse?> ProcessAsync(
        Activity activity, ActivityOrigin origin, IActivitySender sender, CancellationToken cancellationToken, bool repliesAfterReturn = false)
    {
        try
        {
            if (origin.Deduplicate && !await processed.TryClaimAsync(activity, cancellationToken))
            {
                logger.LogInformation("Activity {ActivityId} was already processed; acknowledged again", activity.Id);
                return activity.Type == ActivityTypes.Invoke ? new InvokeResponse(200, null) : null;
            }
            return await DispatchAsync(activity, origin, sender, repliesAfterReturn, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The store or the network failed before the turn was recorded: let the connector's retry run it.
            processed.Release(activity);
            throw;
        }
    }

    private async Task<InvokeResponse?> DispatchAsync(
        Activity activity, ActivityOrigin origin, IActivitySender sender, bool repliesAfterReturn, CancellationToken cancellationToken)
    {
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await OnMessageAsync(activity, origin, sender, repliesAfterReturn, cancellationToken);
                return null;
            case ActivityTypes.Invoke:
                return await OnInvokeAsync(activity, origin, sender, cancellationToken);
            case ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate when WelcomeTurns.IsBotArrival(activity):
                await SendAllAsync(await welcome.GreetAsync(activity, origin, cancellationToken), sender, null, cancellationToken);
                return null;
            default:
                return null;
        }
    }

    private async Task OnMessageAsync(Activity activity, ActivityOrigin origin, IActivitySender sender, bool repliesAfterReturn, CancellationToken cancellationToken)
    {
        var cardValue = ActivityTurnMapping.CardValue(activity);
        var shared = ActivityTurnMapping.KindOf(activity.Conversation) != ConversationKind.Personal;
        if (shared && cardValue is null && !Mentions.MentionsRecipient(activity))
        {
            // Behaviour §7: in channels and group chats the bot acts only when mentioned.
            return;
        }
        if (string.IsNullOrEmpty(Mentions.StripBotMention(activity)) && cardValue is null && activity.Attachments is not { Count: > 0 })
        {
            return;
        }
        var replies = await turns.RunAsync(activity, origin, sender, cancellationToken);
        // A pressed Action.Submit button in Teams: the answer takes the pressed card's place, as Universal Actions do.
        var replace = cardValue is not null && activity.ChannelId == "msteams" ? activity.ReplyToId : null;
        if (repliesAfterReturn && replies is { Count: > 0 })
        {
            _ = background.Run(async ct =>
            {
                await SendAllAsync(replies, sender, replace, ct);
                return true;
            });
            return;
        }
        await SendAllAsync(replies ?? [], sender, replace, cancellationToken);
    }

    private async Task<InvokeResponse> OnInvokeAsync(Activity activity, ActivityOrigin origin, IActivitySender sender, CancellationToken cancellationToken)
    {
        if (activity.Name != AdaptiveCardAction)
        {
            return InvokeResponse.NotImplemented;
        }
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value || !value.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object)
        {
            return InvokeResponse.Error(400, "BadRequest", "Missing value.action.");
        }
        if (!action.TryGetProperty("type", out var type) || type.GetString() != "Action.Execute")
        {
            return InvokeResponse.Error(400, "NotSupported", "Only Action.Execute is supported.");
        }
        var replies = await turns.RunAsync(activity, origin, sender, cancellationToken);
        if (replies is null)
        {
            return new InvokeResponse(200, null);
        }
        var first = replies.FirstOrDefault();
        var card = first?.Attachments?.FirstOrDefault(a => a.ContentType == ContentTypes.AdaptiveCard)?.Content;
        var response = card is { ValueKind: JsonValueKind.Object } c ? InvokeResponse.Card(JsonNode.Parse(c.GetRawText())!.AsObject())
            : first?.Text is { } text ? InvokeResponse.Message(text)
            : new InvokeResponse(200, null);
        await SendAllAsync(replies.Skip(1).ToList(), sender, null, cancellationToken);
        return response;
    }

    private async Task SendAllAsync(IReadOnlyList<Activity> activities, IActivitySender sender, string? replaceActivityId, CancellationToken cancellationToken)
    {
        for (var i = 0; i < activities.Count; i++)
        {
            try
            {
                if (i == 0 && replaceActivityId is not null && activities[0].Attachments is { Count: > 0 }
                    && await TryUpdateAsync(sender, replaceActivityId, activities[0], cancellationToken))
                {
                    continue;
                }
                await sender.SendAsync(activities[i], cancellationToken);
            }
            catch (ConnectorException exception) when (exception.Status == System.Net.HttpStatusCode.Forbidden && activities[i] is { ChannelId: { } channel, Conversation.Id: { } conversation })
            {
                // The user blocked or removed the bot (MessageWritesBlocked): remember it, so proactive messages stop until they write again.
                logger.LogInformation("Reply refused with 403 {Code}; the conversation is marked blocked", exception.Code);
                await references.MarkBlockedAsync(channel, conversation, CancellationToken.None);
                return;
            }
            catch (ConnectorException exception)
            {
                logger.LogWarning(exception, "Sending a reply failed with {Status} {Code}", (int)exception.Status, exception.Code);
                return;
            }
            catch (HttpRequestException exception)
            {
                // The turn is recorded and done; a reply the Connector never got is logged, not retried as a turn.
                logger.LogWarning(exception, "The Connector could not be reached to send a reply");
                return;
            }
        }
    }

    private async Task<bool> TryUpdateAsync(IActivitySender sender, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            return await sender.UpdateAsync(activityId, activity, cancellationToken);
        }
        catch (ConnectorException exception)
        {
            logger.LogInformation("Could not replace card {ActivityId} ({Status}); sending a new message", activityId, (int)exception.Status);
            return false;
        }
    }
}
