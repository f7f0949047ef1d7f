using System.Collections.Concurrent;
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
    /// <summary>A stored reference is rewritten at least this often while its conversation is active.</summary>
    private static readonly TimeSpan Refresh = TimeSpan.FromMinutes(10);
    // What this process last wrote per conversation, so an unchanged reference is not rewritten on every
    // message (a busy bot would otherwise spend a write per turn on it).
    private readonly RecentlySaved saved = new(limit: 50_000, Refresh);

    public async Task<ConversationReference?> FindAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var key = ActivityKeys.Of(channelId, conversationId);
        return await db.Set<ConversationReference>().AsNoTracking().FirstOrDefaultAsync(c => c.Key == key, cancellationToken);
    }

    /// <returns>The stored reference, or null when there was nothing to store or it was stored moments ago unchanged.</returns>
    public async Task<ConversationReference?> SaveAsync(Activity activity, string? crmUserId, CancellationToken cancellationToken, bool welcomed = false)
    {
        var snapshot = Snapshot(activity, crmUserId);
        var key = activity is { ChannelId: { } channel, Conversation.Id: { } conversation } ? ActivityKeys.Of(channel, conversation) : null;
        if (!welcomed && key is not null && saved.IsFresh(key, snapshot, time.GetUtcNow()))
        {
            return null;
        }
        var reference = await SaveOrRetryAsync(activity, crmUserId, welcomed, cancellationToken);
        if (reference is not null)
        {
            saved.Saved(reference.Key, snapshot, time.GetUtcNow());
        }
        return reference;
    }

    /// <summary>Records that the user blocked the bot in this conversation (403 MessageWritesBlocked): no proactive messages until they write again.</summary>
    public async Task MarkBlockedAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        var key = ActivityKeys.Of(channelId, conversationId);
        saved.Forget(key);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        await db.Set<ConversationReference>().Where(c => c.Key == key && c.BlockedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.BlockedAt, now), cancellationToken);
    }

    /// <summary>Forgets what was last written for a conversation, after something else changed its row.</summary>
    internal void Forget(string key) => saved.Forget(key);

    private static string Snapshot(Activity activity, string? crmUserId) => string.Join('\u001f',
        activity.ServiceUrl, activity.Recipient?.Id, activity.Recipient?.Name, activity.Conversation?.ConversationType, activity.Conversation?.TenantId,
        activity.From?.Id, activity.From?.AadObjectId, crmUserId, activity.Locale);

    private async Task<ConversationReference?> SaveOrRetryAsync(Activity activity, string? crmUserId, bool welcomed, CancellationToken cancellationToken)
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
        await db.SaveBookkeepingAsync(cancellationToken);
        return reference;
    }
}
