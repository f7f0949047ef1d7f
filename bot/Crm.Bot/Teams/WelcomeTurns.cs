using System.Collections.Concurrent;
using Crm.Bot.Cards;
using Crm.Bot.Protocol;
using Crm.Skills.Conversation;
using Crm.Skills.Results;

namespace Crm.Bot.Teams;

/// <summary>
/// Greets a conversation once when the bot is installed or added to it (PROTOCOLS §6.5): Teams sends
/// both installationUpdate and conversationUpdate for one install, and only the first one greets.
/// </summary>
public sealed class WelcomeTurns(IServiceScopeFactory scopes, CrmUserDirectory users, ConversationReferences references)
{
    private readonly ConcurrentDictionary<string, byte> greeting = new(StringComparer.Ordinal);

    /// <summary>True when the activity says the bot itself joined (conversationUpdate) or was installed.</summary>
    public static bool IsBotArrival(Activity activity) => activity.Type switch
    {
        ActivityTypes.ConversationUpdate => activity.MembersAdded?.Any(m => m.Id is not null && m.Id == activity.Recipient?.Id) == true,
        ActivityTypes.InstallationUpdate => activity.Action is "add",
        _ => false,
    };

    public async Task<IReadOnlyList<Activity>> GreetAsync(Activity activity, ActivityOrigin origin, CancellationToken cancellationToken)
    {
        var key = ActivityKeys.Of(activity.ChannelId, activity.Conversation?.Id);
        if (!greeting.TryAdd(key, 0))
        {
            return [];
        }
        if (origin.RememberConversation && activity is { ChannelId: { } channelId, Conversation.Id: { } conversationId }
            && await references.FindAsync(channelId, conversationId, cancellationToken) is { WelcomedAt: not null })
        {
            return [];
        }
        var user = await users.FindAsync(activity, origin, cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var renderer = scope.ServiceProvider.GetRequiredService<IReplyRenderer>();
        var welcome = TurnReply.Of(TurnContexts.LanguageOf(activity, user), new WelcomeResult(user?.Name ?? activity.From?.Name ?? ""));
        var replies = ReplyActivities.From(renderer.Render(welcome, TurnContexts.For(user, activity)), activity);
        if (origin.RememberConversation)
        {
            await references.SaveAsync(activity, user?.Id, cancellationToken, welcomed: true);
        }
        return replies;
    }
}
