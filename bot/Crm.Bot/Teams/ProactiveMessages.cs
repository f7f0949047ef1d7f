using System.Net;
using Crm.Bot.Cards;
using Crm.Bot.Protocol;
using Crm.Bot.Protocol.Connector;
using Crm.Data.Channels;
using Crm.Data.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Crm.Bot.Teams;

/// <summary>
/// Messages nobody asked for right now (reminders, notifications; PROTOCOLS §6.3): sent to the user's
/// personal chat with the bot through its stored conversation reference. A user who blocked or
/// removed the bot (403 MessageWritesBlocked) is recorded and not written to again.
/// </summary>
public sealed class ProactiveMessages(
    IServiceScopeFactory scopes, ConnectorClient connector, TrustedServiceUrls trusted, ConversationReferences references,
    IOptions<BotOptions> options, TimeProvider time, ILogger<ProactiveMessages> logger)
{
    /// <returns>False when the user has no reachable personal conversation with the bot.</returns>
    public async Task<bool> SendToUserAsync(string crmUserId, RenderedReply reply, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var reference = await db.Set<ConversationReference>()
            .Where(c => c.UserId == crmUserId && c.ConversationType == "personal" && c.BlockedAt == null)
            .OrderByDescending(c => c.UpdatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        // References are stored only from validated (or, in local mode, loopback) activities.
        if (reference is null || (options.Value.IsLocalMode && !TrustedServiceUrls.IsLoopback(reference.ServiceUrl)))
        {
            return false;
        }
        trusted.Trust(reference.ServiceUrl);
        try
        {
            foreach (var activity in ReplyActivities.From(reply, Envelope(reference)))
            {
                activity.ReplyToId = null;
                await connector.SendToConversationAsync(reference.ServiceUrl, reference.ConversationId, activity, cancellationToken);
            }
            return true;
        }
        catch (ConnectorException exception) when (exception.Status == HttpStatusCode.Forbidden)
        {
            logger.LogInformation("User {UserId} blocked the bot ({Code}); proactive messages stop", crmUserId, exception.Code);
            reference.BlockedAt = time.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
            references.Forget(reference.Key);
            return false;
        }
    }

    /// <summary>The reference as if the user had just written, so replies get the usual envelope.</summary>
    private static Activity Envelope(ConversationReference reference) => new()
    {
        ChannelId = reference.ChannelId,
        From = new ChannelAccount { Id = reference.ChannelUserId, AadObjectId = reference.AadObjectId },
        Recipient = new ChannelAccount { Id = reference.BotId, Name = reference.BotName },
        Conversation = new ConversationAccount { Id = reference.ConversationId, TenantId = reference.TenantId },
        Locale = reference.Locale,
    };
}
