using System.Globalization;
using Crm.Data.Notifications;
using Crm.Data.Settings;
using Crm.Data.Store;
using Crm.Data.Users;
using Crm.Skills.Acting;
using Microsoft.EntityFrameworkCore;

namespace Crm.Bot.Notifications;

/// <summary>
/// What one scheduler tick knows: the store, the moment, every user with their clock, and their
/// notification settings (kinds switched off, snoozes, digest channel). Read once per tick.
/// </summary>
internal sealed class NotificationScan
{
    private readonly Dictionary<(string UserId, string Name), string> settings;

    private NotificationScan(CrmDbContext db, DateTime utcNow, NotificationOptions options, Dictionary<string, User> users, Dictionary<(string, string), string> settings)
    {
        (Db, UtcNow, Options, Users) = (db, utcNow, options, users);
        this.settings = settings;
    }

    public CrmDbContext Db { get; }
    public DateTime UtcNow { get; }
    public NotificationOptions Options { get; }
    public IReadOnlyDictionary<string, User> Users { get; }

    public static async Task<NotificationScan> LoadAsync(CrmDbContext db, DateTime utcNow, NotificationOptions options, CancellationToken ct)
    {
        var users = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, ct);
        // Settings are a few rows per person: reading them all is cheaper than a query per notice.
        var rows = await db.Set<Setting>().AsNoTracking().Where(s => s.Scope != Setting.CompanyScope).ToListAsync(ct);
        return new NotificationScan(db, utcNow, options, users, rows.ToDictionary(s => (s.Scope, s.Name), s => s.Value));
    }

    public DateTime Local(User user) => TimeZoneInfo.ConvertTimeFromUtc(UtcNow, CurrentUser.FindZone(user.TimeZone));

    public DateOnly Today(User user) => DateOnly.FromDateTime(Local(user));

    /// <summary>The user wants this kind, and it is a sensible hour on their clock (digest: Monday morning).</summary>
    public bool Ready(NotificationKind kind, User user)
    {
        if (settings.GetValueOrDefault((user.Id, SettingNames.Notifications(kind))) == "off")
            return false;
        var local = Local(user);
        var end = kind == NotificationKind.PipelineDigest ? Options.DigestEndHour : Options.WorkdayEndHour;
        var monday = kind != NotificationKind.PipelineDigest || local.DayOfWeek == DayOfWeek.Monday;
        return monday && local.Hour >= Options.WorkdayStartHour && local.Hour < end;
    }

    /// <summary>True while the user has this notice snoozed (it comes again on the snooze day).</summary>
    public bool Snoozed(Notice notice) =>
        SnoozedUntil(notice.Recipient, notice.Kind, notice.SubjectId) is { } until && until > Today(notice.Recipient);

    /// <summary>Snoozes of this kind whose day has come: (recipient, subject id, day).</summary>
    public IEnumerable<(User User, string SubjectId, DateOnly Until)> SnoozesDue(NotificationKind kind)
    {
        var prefix = SettingNames.Snooze(kind, "");
        foreach (var ((userId, name), _) in settings)
        {
            if (!name.StartsWith(prefix, StringComparison.Ordinal) || !Users.TryGetValue(userId, out var user))
                continue;
            var subject = name[prefix.Length..];
            if (SnoozedUntil(user, kind, subject) is { } until && until <= Today(user))
                yield return (user, subject, until);
        }
    }

    /// <summary>The team channel conversation a manager linked for the digest, if any.</summary>
    public string? DigestChannel(User user) =>
        settings.GetValueOrDefault((user.Id, SettingNames.DigestChannel)) is { } value && value != "personal" ? value : null;

    private DateOnly? SnoozedUntil(User user, NotificationKind kind, string subjectId) =>
        settings.GetValueOrDefault((user.Id, SettingNames.Snooze(kind, subjectId))) is { } value
        && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var until) ? until : null;
}
