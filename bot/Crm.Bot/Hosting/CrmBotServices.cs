using Crm.Bot.Cards;
using Crm.Bot.Protocol;
using Crm.Skills;
using Crm.Skills.Conversation;

namespace Crm.Bot.Hosting;

/// <summary>
/// What every way of talking to the bot needs — the web host, replay and the terminal chat — so a
/// message travels the same path whichever door it came in by: skills, the understanding engine,
/// the card renderer and the Bot Framework turn pipeline. The store is registered separately,
/// because each door picks its own (the configured store, or replay's per-case copies).
/// </summary>
public static class CrmBotServices
{
    public static IServiceCollection AddCrmBot(this IServiceCollection services) =>
        services.AddCrmSkills().AddCrmConversation().AddCrmCards().AddBotProtocol();
}
