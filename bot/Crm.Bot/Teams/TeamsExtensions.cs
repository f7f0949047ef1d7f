namespace Crm.Bot.Teams;

/// <summary>The Teams channel's services: the pipeline after authentication, shared with replay.</summary>
public static class TeamsExtensions
{
    public static IServiceCollection AddTeamsChannel(this IServiceCollection services)
    {
        services.AddSingleton<ProcessedActivities>();
        services.AddSingleton<ConversationReferences>();
        services.AddSingleton<CrmUserDirectory>();
        services.AddSingleton<InboundAttachments>();
        services.AddSingleton<MessageTurns>();
        services.AddSingleton<WelcomeTurns>();
        services.AddSingleton<ActivityProcessor>();
        services.AddSingleton<ProactiveMessages>();
        services.AddSingleton<BackgroundTurns>();
        services.AddHostedService(sp => sp.GetRequiredService<BackgroundTurns>());
        services.AddHostedService<ProcessedActivityPruning>();
        return services;
    }
}
