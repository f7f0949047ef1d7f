namespace Crm.Data.Notifications;

/// <summary>
/// One notification to one person, claimed before it is sent. The key names the occasion
/// ("renewal:A-12:2027-06-30:30d:U-1"), so the primary key makes each notification go out at most
/// once, whichever bot instance tries and however often it ticks.
/// </summary>
public sealed class NotificationDelivery
{
    public required string Key { get; set; }
    public NotificationKind Kind { get; set; }
    public required string UserId { get; set; }
    /// <summary>The task, deal, account, ticket or manager it is about.</summary>
    public required string SubjectId { get; set; }
    /// <summary>The bot instance that claimed it (for diagnosing multi-instance setups).</summary>
    public required string ClaimedBy { get; set; }
    public DateTime ClaimedAt { get; set; }
    /// <summary>Null when the claim was made but the channel did not take the message.</summary>
    public DateTime? SentAt { get; set; }
}
