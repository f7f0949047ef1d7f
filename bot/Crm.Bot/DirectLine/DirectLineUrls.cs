namespace Crm.Bot.DirectLine;

/// <summary>URLs the endpoint hands out, built from the request so they work behind any host name.</summary>
internal static class DirectLineUrls
{
    public const string BasePath = "/v3/directline";

    /// <summary>The channel's own base URL, stamped on activities as <c>serviceUrl</c> (A2300).</summary>
    public static string ServiceUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/";

    /// <summary>The WebSocket URL, pre-authorised by its token and starting after <paramref name="watermark"/>.</summary>
    public static string Stream(HttpRequest request, string conversationId, string token, long watermark)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        return $"{scheme}://{request.Host}{request.PathBase}{BasePath}/conversations/{Uri.EscapeDataString(conversationId)}/stream"
            + $"?watermark={watermark}&t={Uri.EscapeDataString(token)}";
    }
}
