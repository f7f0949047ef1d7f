namespace Crm.Data.Notifications;

/// <summary>
/// Who may run a scheduled job right now when several bot instances share one store: the holder
/// renews it each tick; another instance takes it over only once it has expired.
/// </summary>
public sealed class SchedulerLease
{
    public required string Name { get; set; }
    public required string Holder { get; set; }
    public DateTime ExpiresAt { get; set; }
}
