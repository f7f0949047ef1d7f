using Crm.Bot.Protocol;
using Crm.Data.Channels;
using Crm.Data.Store;
using Microsoft.EntityFrameworkCore;

namespace Crm.Bot.Teams;

/// <summary>
/// Remembers how to reach each conversation for proactive messages (PROTOCOLS §6.1): always the latest
/// authenticated service URL. Uses its own store scope so it never saves a turn's half-done changes.
/// </summary>
public sealed class ConversationReferences(IServiceScopeFactory scopes, TimeProvider time)
{
    public async Task<ConversationReference?> FindAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var key = ActivityKeys.Of(channelId, conversationId);
        return await db.Set<ConversationReference>().AsNoTracking().FirstOrDefaultAsync(c => c.Key == key, cancellationToken);
    }

    public async Task<ConversationReference?> SaveAsync(Activity activity, string? crmUserId, CancellationToken cancellationToken, bool welcomed = false)
    {
        try
        {
            return await SaveOnceAsync(activity, crmUserId, welcomed, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two activities of a new conversation (install + conversationUpdate) raced to insert it; the row exists now.
            return await SaveOnceAsync(activity, crmUserId, welcomed, cancellationToken);
        }
    }

    private async Task<ConversationReference?> SaveOnceAsync(Activity activity, string? crmUserId, bool welcomed, CancellationToken cancellationToken)
    {
        if (activity is not { ChannelId: { } channelId, Conversation.Id: { } conversationId, ServiceUrl: { } serviceUrl, Recipient.Id: { } botId })
        {
            return null;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var key = ActivityKeys.Of(channelId, conversationId);
        var reference = await db.Set<ConversationReference>().FirstOrDefaultAsync(c => c.Key == key, cancellationToken);
        if (reference is null)
        {
            reference = new ConversationReference { Key = key, ChannelId = channelId, ConversationId = conversationId, ServiceUrl = serviceUrl, BotId = botId };
            db.Add(reference);
        }
        var now = time.GetUtcNow().UtcDateTime;
        reference.ServiceUrl = serviceUrl;
        reference.BotId = botId;
        reference.BotName = activity.Recipient.Name ?? reference.BotName;
        reference.ConversationType = activity.Conversation.ConversationType ?? reference.ConversationType;
        reference.TenantId = activity.Conversation.TenantId ?? reference.TenantId;
        reference.ChannelUserId = activity.From?.Id ?? reference.ChannelUserId;
        reference.AadObjectId = activity.From?.AadObjectId ?? reference.AadObjectId;
        reference.UserId = crmUserId ?? reference.UserId;
        reference.Locale = activity.Locale ?? reference.Locale;
        reference.UpdatedAt = now;
        reference.BlockedAt = null;
        if (welcomed)
        {
            reference.WelcomedAt ??= now;
        }
        await db.SaveChangesAsync(cancellationToken);
        return reference;
    }
}
