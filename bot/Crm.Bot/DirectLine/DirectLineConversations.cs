using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Crm.Bot.DirectLine;

/// <summary>
/// The conversations this process knows, in memory and bounded: local use needs no more, and a restart
/// (which also invalidates every token) starts afresh. The least recently used one is forgotten first.
/// </summary>
public sealed class DirectLineConversations(IOptions<DirectLineOptions> options, TimeProvider time)
{
    private readonly Dictionary<string, DirectLineConversation> conversations = new(StringComparer.Ordinal);

    /// <summary>A fresh conversation id: random, URL-safe, and free of the <c>|</c> that separates activity ids.</summary>
    public static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    public DirectLineConversation? Find(string id)
    {
        lock (conversations)
        {
            return conversations.GetValueOrDefault(id);
        }
    }

    /// <summary>The conversation with this id, started now if it was not; <c>Created</c> says which.</summary>
    public (DirectLineConversation Conversation, bool Created) GetOrStart(string id, string? userId)
    {
        DirectLineConversation? evicted = null;
        try
        {
            lock (conversations)
            {
                if (conversations.TryGetValue(id, out var existing))
                {
                    return (existing, false);
                }
                var settings = options.Value;
                if (conversations.Count >= settings.MaxConversations)
                {
                    evicted = conversations.Values.MinBy(c => c.LastUsed);
                    conversations.Remove(evicted!.Id);
                }
                var started = new DirectLineConversation(id, userId, settings.MaxActivitiesPerConversation);
                started.Touch(time.GetUtcNow());
                conversations[id] = started;
                return (started, true);
            }
        }
        finally
        {
            evicted?.Close();
        }
    }
}
