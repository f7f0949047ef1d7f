namespace Crm.Bot.DirectLine;

/// <summary>
/// The local Direct Line 3.0 endpoint (section <c>DirectLine</c>, e.g. <c>DirectLine__Enabled</c>). It is on in
/// local mode (no <c>Bot:MicrosoftAppId</c>) and off for a registered bot unless <see cref="Enabled"/> is true:
/// a registered bot talks to Azure's Direct Line, not to this one.
/// </summary>
public sealed class DirectLineOptions
{
    public const string Section = "DirectLine";

    /// <summary>null: on exactly in local mode. true/false: forced on or off.</summary>
    public bool? Enabled { get; set; }

    /// <summary>
    /// The Direct Line secret for <c>tokens/generate</c> and secret-started conversations. Without one, tokens come
    /// only from the local Web Chat page's token endpoint (local mode, loopback callers).
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>Token lifetime; clients refresh at half of it (DLJS), as Azure's 30 minutes.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Conversations kept in memory; the least recently used one is forgotten beyond this.</summary>
    public int MaxConversations { get; set; } = 200;

    /// <summary>Activities kept per conversation; older ones drop out of GET and replay.</summary>
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>An empty frame goes to each open WebSocket this often, so proxies keep it open.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    public bool IsEnabled(bool localMode) => Enabled ?? localMode;
}
