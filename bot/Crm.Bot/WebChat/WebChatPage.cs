using System.Net;
using System.Reflection;

namespace Crm.Bot.WebChat;

/// <summary>The page and its script, embedded in the assembly so they need no content root.</summary>
internal static class WebChatPage
{
    public static string Html(bool bundlePresent)
    {
        var page = Read("index.html");
        var bundle = bundlePresent
            ? """<script src="webchat/webchat.js"></script>"""
            : $"""<p id="missing-bundle" class="notice">The Web Chat bundle is not installed. Run <code>{WebUtility.HtmlEncode(WebChatBundle.InstallHint)}</code> (or build the bot with npm on the PATH) and reload.</p>""";
        return page.Replace("<!--WEBCHAT-BUNDLE-->", bundle, StringComparison.Ordinal);
    }

    public static string Script() => Read("page.js");

    private static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Crm.Bot.WebChat.Page.{name}")
            ?? throw new InvalidOperationException($"The Web Chat page resource {name} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
