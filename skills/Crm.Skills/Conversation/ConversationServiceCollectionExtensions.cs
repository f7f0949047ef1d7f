using Crm.Skills.Conversation.State;
using Crm.Skills.Understanding;
using Crm.Skills.Understanding.Engine;
using Crm.Skills.Understanding.Index;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Crm.Skills.Conversation;

public static class ConversationServiceCollectionExtensions
{
    /// <summary>
    /// Registers the embedded understanding engine and <see cref="IConversationTurn"/> (scoped: one DI
    /// scope per message, like the skills). Needs <see cref="SkillsServiceCollectionExtensions.AddCrmSkills"/>
    /// and a scoped <c>CrmDbContext</c>. Conversation state lives in the store's conversation_states table.
    /// </summary>
    public static IServiceCollection AddCrmConversation(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<StoreIndexCache>();
        services.TryAddSingleton<EmbeddedEngine>();
        services.TryAddScoped<IMessageUnderstanding, EmbeddedUnderstanding>();
        services.TryAddScoped<IConversationStateStore, StoreConversationStateStore>();
        services.TryAddScoped<IConversationTurn, ConversationTurn>();
        return services;
    }
}
