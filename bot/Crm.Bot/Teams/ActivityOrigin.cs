namespace Crm.Bot.Teams;

/// <summary>
/// How far an activity is trusted and what the pipeline may remember of it.
/// </summary>
/// <param name="Authenticated">Its token was validated: its serviceUrl may receive the bot's token and be stored.</param>
/// <param name="SenderIdIsUserId">Its <c>from.id</c> is a CRM user id (local chat, Web Chat on loopback, replay).</param>
/// <param name="Deduplicate">Retries of its id are acknowledged without running again.</param>
/// <param name="RememberConversation">Store its conversation reference (off for replay, whose store is a copy).</param>
public sealed record ActivityOrigin(bool Authenticated, bool SenderIdIsUserId, bool Deduplicate, bool RememberConversation)
{
    /// <summary>Bot Connector traffic whose token was validated.</summary>
    public static ActivityOrigin Connector { get; } = new(true, false, true, true);

    /// <summary>Unauthenticated loopback traffic in local mode (Emulator, local Web Chat).</summary>
    public static ActivityOrigin Local { get; } = new(false, true, true, true);

    /// <summary>Replay and tests: activities built in-process.</summary>
    public static ActivityOrigin InProcess { get; } = new(false, true, false, false);
}
