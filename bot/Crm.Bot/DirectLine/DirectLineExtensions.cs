using Crm.Bot.Protocol;
using Microsoft.Extensions.Options;

namespace Crm.Bot.DirectLine;

/// <summary>The local Direct Line 3.0 endpoint under <c>/v3/directline</c> (PROTOCOLS §3).</summary>
public static class DirectLineExtensions
{
    public static IHostApplicationBuilder AddDirectLine(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.Section);
        builder.Services.AddSingleton<DirectLineTokens>();
        builder.Services.AddSingleton<DirectLineAuth>();
        builder.Services.AddSingleton<DirectLineConversations>();
        builder.Services.AddSingleton<DirectLineRelay>();
        // The local page that talks to it (mapped by MapWebChat).
        builder.Services.AddSingleton<WebChat.WebChatBundle>();
        return builder;
    }

    /// <summary>
    /// Maps the endpoint. Every route answers 404 while it is off (a registered bot without
    /// <c>DirectLine:Enabled=true</c>), checked per request so configuration alone decides.
    /// </summary>
    public static RouteGroupBuilder MapDirectLine(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(DirectLineUrls.BasePath).DisableAntiforgery();
        group.AddEndpointFilter(OnlyWhenEnabled);
        ConversationEndpoints.Map(group);
        TokenEndpoints.Map(group);
        ActivityEndpoints.Map(group);
        StreamEndpoint.Map(group);
        var connector = app.MapGroup("");
        connector.AddEndpointFilter(OnlyWhenEnabled);
        ConnectorEndpoints.Map(connector);
        return group;
    }

    private static async ValueTask<object?> OnlyWhenEnabled(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var services = context.HttpContext.RequestServices;
        var local = services.GetRequiredService<IOptions<BotOptions>>().Value.IsLocalMode;
        return services.GetRequiredService<IOptions<DirectLineOptions>>().Value.IsEnabled(local)
            ? await next(context)
            : DirectLineJson.Error(404, "NotFound", "Direct Line is off: set DirectLine:Enabled=true to use it with a registered bot.");
    }
}
