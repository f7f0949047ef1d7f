using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Skills.Understanding.Llm;

public static class LlmServiceCollectionExtensions
{
    /// <summary>
    /// Puts the model engine in front of the embedded one (after <c>AddCrmConversation</c>). The host
    /// registers the <see cref="IChatClient"/> that talks to the endpoint; with <see cref="LlmMode.Off"/>
    /// nothing changes.
    /// </summary>
    public static IServiceCollection AddCrmLlmUnderstanding(this IServiceCollection services, LlmSettings settings)
    {
        if (settings.Mode == LlmMode.Off)
            return services;
        services.AddSingleton(settings);
        services.AddSingleton<ToolSet>();
        services.AddScoped<ToolLoop>();
        services.AddScoped<IMessageUnderstanding, LlmUnderstanding>();
        return services;
    }
}
