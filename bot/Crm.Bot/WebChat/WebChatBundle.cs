namespace Crm.Bot.WebChat;

/// <summary>
/// Finds the official Web Chat bundle (npm <c>botframework-webchat</c>, <c>dist/webchat.js</c>) on disk: the
/// <c>WebChat:BundlePath</c> setting, else the copy the build puts next to the app, else the project's
/// node_modules. It is never fetched from the internet; without it the page explains how to install it.
/// </summary>
public sealed class WebChatBundle(IConfiguration configuration, IHostEnvironment environment)
{
    public const string InstallHint = "cd bot/Crm.Bot/WebChat && npm ci";

    public string? Path => Candidates().FirstOrDefault(File.Exists);

    private IEnumerable<string> Candidates()
    {
        if (configuration["WebChat:BundlePath"] is { Length: > 0 } configured)
        {
            // A configured path is the only place looked at, so a wrong setting shows instead of being masked.
            yield return System.IO.Path.GetFullPath(configured, environment.ContentRootPath);
            yield break;
        }
        yield return System.IO.Path.Combine(AppContext.BaseDirectory, "WebChat", "webchat.js");
        yield return System.IO.Path.Combine(environment.ContentRootPath, "WebChat", "node_modules", "botframework-webchat", "dist", "webchat.js");
    }
}
