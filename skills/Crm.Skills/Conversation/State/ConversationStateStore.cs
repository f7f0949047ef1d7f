using System.Text.Json;
using Crm.Data.Conversations;
using Crm.Data.Store;
using Crm.Skills.Understanding.Engine;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Conversation.State;

/// <summary>Loads and saves <see cref="ConversationState"/> per conversation and user.</summary>
public interface IConversationStateStore
{
    Task<ConversationState> LoadAsync(string conversationId, string userId, CancellationToken ct);
    Task SaveAsync(string conversationId, string userId, ConversationState state, CancellationToken ct);
}

/// <summary>The state in the store's <c>conversation_states</c> table, as JSON, so it survives restarts.</summary>
public sealed class StoreConversationStateStore(CrmDbContext db, TimeProvider time) : IConversationStateStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<ConversationState> LoadAsync(string conversationId, string userId, CancellationToken ct)
    {
        var row = await db.Set<ConversationStateEntry>().AsNoTracking()
            .FirstOrDefaultAsync(s => s.ConversationId == conversationId && s.UserId == userId, ct);
        if (row is null)
            return new ConversationState();
        try
        {
            return JsonSerializer.Deserialize<ConversationState>(row.Json, Json) ?? new ConversationState();
        }
        catch (JsonException)
        {
            // State from an older version that no longer reads: forget it rather than fail the message.
            return new ConversationState();
        }
    }

    public async Task SaveAsync(string conversationId, string userId, ConversationState state, CancellationToken ct)
    {
        var set = db.Set<ConversationStateEntry>();
        var row = await set.FirstOrDefaultAsync(s => s.ConversationId == conversationId && s.UserId == userId, ct);
        if (state.IsEmpty)
        {
            if (row is not null)
                set.Remove(row);
        }
        else if (row is null)
            set.Add(new ConversationStateEntry { ConversationId = conversationId, UserId = userId, Json = JsonSerializer.Serialize(state, Json), UpdatedAt = time.GetUtcNow().UtcDateTime });
        else
        {
            row.Json = JsonSerializer.Serialize(state, Json);
            row.UpdatedAt = time.GetUtcNow().UtcDateTime;
        }
        await db.SaveChangesAsync(ct);
    }
}
