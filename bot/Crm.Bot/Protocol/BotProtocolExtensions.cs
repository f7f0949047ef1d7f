using Crm.Bot.Protocol.Auth;
using Crm.Bot.Protocol.Connector;
using Crm.Bot.Teams;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Crm.Bot.Protocol;

/// <summary>
/// Registers the Bot Framework protocol (auth, Connector client) and the Teams channel behind
/// <c>/api/messages</c>. The turn engine (<c>IConversationTurn</c>), the renderer (<c>IReplyRenderer</c>)
/// and the store (<c>CrmDbContext</c>) are registered by their own areas.
/// </summary>
public static class BotProtocolExtensions
{
    public static WebApplicationBuilder AddBotProtocol(this WebApplicationBuilder builder)
    {
        builder.Services.AddBotProtocol();
        return builder;
    }

    public static IServiceCollection AddBotProtocol(this IServiceCollection services)
    {
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section)
            .Validate(o => o.AcknowledgeAfter > TimeSpan.Zero && o.AcknowledgeAfter < TimeSpan.FromSeconds(15), "Bot:AcknowledgeAfter must be under 15 seconds.")
            .Validate(o => o.ProcessedActivityRetention >= TimeSpan.FromHours(1) && o.ProcessedActivityPruneInterval > TimeSpan.Zero,
                "Bot:ProcessedActivityRetention must be at least an hour (the Connector's retries must still be recognised) and the prune interval positive.")
            .Validate(o => o.IsLocalMode || o.UsesManagedIdentity || !string.IsNullOrEmpty(o.MicrosoftAppPassword), "Bot:MicrosoftAppPassword is required with an app id (unless UserAssignedMSI).")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(SigningKeys.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddHttpClient(ConnectorTokens.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddHttpClient(ConnectorClient.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddHttpClient(InboundAttachments.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(20));
        services.AddKeyedSingleton(SigningKeys.Channel, (sp, _) => new SigningKeys(
            sp.GetRequiredService<IHttpClientFactory>(), sp.GetRequiredService<IOptions<BotOptions>>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<SigningKeys>>(), o => o.OpenIdMetadataUrl));
        services.AddKeyedSingleton(SigningKeys.Emulator, (sp, _) => new SigningKeys(
            sp.GetRequiredService<IHttpClientFactory>(), sp.GetRequiredService<IOptions<BotOptions>>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<SigningKeys>>(), o => o.EmulatorOpenIdMetadataUrl));
        services.AddSingleton<BotAuthenticator>();
        services.AddSingleton<ConnectorTokens>();
        services.AddSingleton<TrustedServiceUrls>();
        services.AddSingleton(sp => new ConnectorClient(
            sp.GetRequiredService<IHttpClientFactory>(), sp.GetRequiredService<ConnectorTokens>(), sp.GetRequiredService<TrustedServiceUrls>(),
            sp.GetRequiredService<IOptions<BotOptions>>(), sp.GetRequiredService<TimeProvider>()));
        services.AddTeamsChannel();
        return services;
    }
}
