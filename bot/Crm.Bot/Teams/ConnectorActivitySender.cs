using Crm.Bot.Protocol;
using Crm.Bot.Protocol.Connector;

namespace Crm.Bot.Teams;

/// <summary>Sends a turn's activities to the conversation's service URL through the Bot Connector API.</summary>
public sealed class ConnectorActivitySender(ConnectorClient connector, string serviceUrl, string conversationId) : IActivitySender
{
    public Task<string?> SendAsync(Activity activity, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(activity.ReplyToId)
            ? connector.SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken)
            : connector.ReplyToActivityAsync(serviceUrl, conversationId, activity.ReplyToId, activity, cancellationToken);

    public async Task<bool> UpdateAsync(string activityId, Activity activity, CancellationToken cancellationToken)
    {
        var update = ActivityJson.Parse(ActivityJson.Serialize(activity))!;
        update.Id = activityId;
        update.ReplyToId = null;
        await connector.UpdateActivityAsync(serviceUrl, conversationId, activityId, update, cancellationToken);
        return true;
    }
}
