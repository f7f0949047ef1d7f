using Crm.Bot.DirectLine;

namespace Crm.Bot.WebChat;

public static class WebChatExtensions
{
    /// <summary>Direct Line (<c>/v3/directline</c>, with WebSockets) and, in local mode, the Web Chat page at <c>/</c>.</summary>
    public static WebApplication MapWebChat(this WebApplication app)
    {
        app.UseWebSockets();
        app.MapDirectLine();
        WebChatEndpoints.Map(app);
        return app;
    }
}
