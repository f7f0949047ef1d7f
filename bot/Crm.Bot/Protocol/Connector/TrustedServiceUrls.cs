using System.Collections.Concurrent;
using System.Net;

namespace Crm.Bot.Protocol.Connector;

/// <summary>
/// Service URLs the bot may send its token to: only those that arrived on an activity whose token
/// was validated (AUTH; ACT A7560). In local mode loopback URLs are trusted, without a token.
/// </summary>
public sealed class TrustedServiceUrls
{
    private readonly ConcurrentDictionary<string, byte> trusted = new(StringComparer.OrdinalIgnoreCase);

    public void Trust(string serviceUrl) => trusted[Normalize(serviceUrl)] = 0;

    public bool IsTrusted(string serviceUrl) => trusted.ContainsKey(Normalize(serviceUrl));

    public static bool IsLoopback(string serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
        && (uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var ip) && IPAddress.IsLoopback(ip)));

    /// <summary>Base URIs are compared and joined with exactly one trailing slash.</summary>
    public static string Normalize(string serviceUrl) => serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/";
}
