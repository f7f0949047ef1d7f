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
/// Messages nobody asked for right now (reminders, notifications; PROTOCOLS §6.3): sent through a stored
/// conversation reference, normally the user's personal chat with the bot, or a team channel someone
/// linked. A user who blocked or removed the bot (403 MessageWritesBlocked) is recorded and not written to again.
/// </summary>
public sealed class ProactiveMessages(
    IServiceScopeFactory scopes, ConnectorClient connector, TrustedServiceUrls trusted, ConversationReferences references,
    IOptions<BotOptions> options, TimeProvider time, ILogger<ProactiveMessages> logger)
{
    /// <returns>False when the user has no reachable personal conversation with the bot.</returns>
    public async Task<bool> SendToUserAsync(string crmUserId, RenderedReply reply, CancellationToken cancellationToken) =>
        await FindPersonalAsync(crmUserId, cancellationToken) is { } reference && await SendAsync(reference, reply, cancellationToken);

    /// <summary>
    /// The user's latest reachable 1:1 conversation with the bot: Teams personal chat, or Direct Line
    /// (Web Chat), whose conversations carry no type and are always one person with the bot.
    /// </summary>
    public Task<ConversationReference?> FindPersonalAsync(string crmUserId, CancellationToken cancellationToken) =>
        FindAsync(c => c.UserId == crmUserId && (c.ConversationType == "personal" || c.ConversationType == null), cancellationToken);

    /// <summary>A reachable conversation by its channel's conversation id (a team channel a manager linked).</summary>
    public Task<ConversationReference?> FindConversationAsync(string conversationId, CancellationToken cancellationToken) =>
        FindAsync(c => c.ConversationId == conversationId, cancellationToken);

    public async Task<bool> SendAsync(ConversationReference reference, RenderedReply reply, CancellationToken cancellationToken)
    {
        trusted.Trust(reference.ServiceUrl);
        // In a channel, a post starts its own thread rather than replying under the message that linked it.
        var conversationId = reference.ConversationType == "channel" ? reference.ConversationId.Split(";messageid=")[0] : reference.ConversationId;
        try
        {
            foreach (var activity in ReplyActivities.From(reply, Envelope(reference, conversationId)))
            {
                activity.ReplyToId = null;
                await connector.SendToConversationAsync(reference.ServiceUrl, conversationId, activity, cancellationToken);
            }
            return true;
        }
        catch (ConnectorException exception) when (exception.Status == HttpStatusCode.Forbidden)
        {
            logger.LogInformation("Conversation of {UserId} blocked the bot ({Code}); proactive messages stop", reference.UserId, exception.Code);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
            var now = time.GetUtcNow().UtcDateTime;
            await db.Set<ConversationReference>().Where(c => c.Key == reference.Key)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.BlockedAt, now), cancellationToken);
            references.Forget(reference.Key);
            return false;
        }
    }

    private async Task<ConversationReference?> FindAsync(System.Linq.Expressions.Expression<Func<ConversationReference, bool>> where, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var reference = await db.Set<ConversationReference>().AsNoTracking()
            .Where(where).Where(c => c.BlockedAt == null)
            .OrderByDescending(c => c.UpdatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        // References are stored only from validated (or, in local mode, loopback) activities.
        return reference is null || (options.Value.IsLocalMode && !TrustedServiceUrls.IsLoopback(reference.ServiceUrl)) ? null : reference;
    }

    /// <summary>The reference as if the user had just written, so replies get the usual envelope.</summary>
    private static Activity Envelope(ConversationReference reference, string conversationId) => new()
    {
        ChannelId = reference.ChannelId,
        From = new ChannelAccount { Id = reference.ChannelUserId, AadObjectId = reference.AadObjectId },
        Recipient = new ChannelAccount { Id = reference.BotId, Name = reference.BotName },
        Conversation = new ConversationAccount { Id = conversationId, TenantId = reference.TenantId },
        Locale = reference.Locale,
    };
}
