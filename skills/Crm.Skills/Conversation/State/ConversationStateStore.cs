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

/// <summary>
/// The state in the store's <c>conversation_states</c> table, as JSON, so it survives restarts. Scoped
/// (one per turn): it remembers what the turn loaded, so saving the same state again writes nothing and
/// saving a new one needs no second read. Reads mostly leave the state as they found it (usually empty).
/// </summary>
public sealed class StoreConversationStateStore(CrmDbContext db, TimeProvider time) : IConversationStateStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private LoadedRow? _loaded;
    // Compiled: every turn loads its conversation's state.
    private static readonly PerModelQuery<Func<CrmDbContext, string, string, CancellationToken, Task<ConversationStateEntry?>>> Stored = new(() =>
        EF.CompileAsyncQuery((CrmDbContext db, string conversationId, string userId, CancellationToken _) =>
            db.Set<ConversationStateEntry>().AsNoTracking().FirstOrDefault(s => s.ConversationId == conversationId && s.UserId == userId)));

    public async Task<ConversationState> LoadAsync(string conversationId, string userId, CancellationToken ct)
    {
        var row = await Stored.For(db)(db, conversationId, userId, ct);
        _loaded = new LoadedRow(conversationId, userId, row?.Json);
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
        var json = state.IsEmpty ? null : JsonSerializer.Serialize(state, Json);
        var known = _loaded is { } loaded && loaded.ConversationId == conversationId && loaded.UserId == userId ? loaded : null;
        if (known is not null && known.Json == json)
            return;
        var set = db.Set<ConversationStateEntry>();
        // The row as this turn loaded it, without reading it again (unless it is tracked already).
        var row = set.Local.FirstOrDefault(s => s.ConversationId == conversationId && s.UserId == userId)
            ?? (known is not null
                ? (known.Json is null ? null : set.Attach(new ConversationStateEntry { ConversationId = conversationId, UserId = userId, Json = known.Json }).Entity)
                : await set.FirstOrDefaultAsync(s => s.ConversationId == conversationId && s.UserId == userId, ct));
        if (state.IsEmpty)
        {
            if (row is not null)
                set.Remove(row);
        }
        else if (row is null)
            row = set.Add(new ConversationStateEntry { ConversationId = conversationId, UserId = userId, Json = json!, UpdatedAt = time.GetUtcNow().UtcDateTime }).Entity;
        else
        {
            row.Json = json!;
            row.UpdatedAt = time.GetUtcNow().UtcDateTime;
        }
        try
        {
            await db.SaveBookkeepingAsync(ct);
        }
        catch (DbUpdateException) when (known is not null && row is not null)
        {
            // Another turn of this conversation created or removed the row since this one loaded it: read it now and save again.
            db.Entry(row).State = EntityState.Detached;
            _loaded = null;
            await SaveAsync(conversationId, userId, state, ct);
            return;
        }
        _loaded = new LoadedRow(conversationId, userId, json);
    }
}

/// <summary>What a turn found in (or last wrote to) the store for one conversation and user; null JSON: no row.</summary>
internal sealed record LoadedRow(string ConversationId, string UserId, string? Json);
