using System.ComponentModel.DataAnnotations;

namespace Crm.Bot.Notifications;

/// <summary>
/// Configuration section "Notifications". Everything has a working default; <see cref="Enabled"/> false
/// stops the scheduler (the store tables stay, and card buttons on earlier notifications still work).
/// </summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    public bool Enabled { get; set; } = true;
    /// <summary>How often the scheduler looks for something to send.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);
    /// <summary>Notifications go out from this local hour on the recipient's clock…</summary>
    [Range(0, 23)]
    public int WorkdayStartHour { get; set; } = 9;
    /// <summary>…until (not including) this one.</summary>
    [Range(1, 24)]
    public int WorkdayEndHour { get; set; } = 18;
    /// <summary>The Monday digest goes out from the start of the workday until this local hour.</summary>
    [Range(1, 24)]
    public int DigestEndHour { get; set; } = 12;
    /// <summary>An open deal with no activity for this many days is quiet.</summary>
    [Range(1, 365)]
    public int QuietDealDays { get; set; } = 14;
    /// <summary>Days before a contract ends that its owner hears about the renewal.</summary>
    public int[] RenewalDays { get; set; } = [30, 15, 7];
    /// <summary>How long one instance holds the scheduler before another may take over if it stops renewing.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);
    /// <summary>This instance's name in the lease; defaults to the machine name plus a random suffix.</summary>
    public string? InstanceId { get; set; }
}
