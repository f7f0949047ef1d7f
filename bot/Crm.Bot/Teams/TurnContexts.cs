using Crm.Bot.Cards;
using Crm.Bot.Protocol;
using Crm.Data.Users;
using Crm.Skills.Conversation;

namespace Crm.Bot.Teams;

/// <summary>The reader's language, locale and time zone, from the CRM user first and the activity second.</summary>
public static class TurnContexts
{
    public static RenderContext For(User? user, Activity activity) =>
        new(user?.Locale ?? activity.Locale ?? "en-US", Zone(user?.TimeZone) ?? Zone(activity.LocalTimezone) ?? TimeZoneInfo.Utc);

    /// <summary>Teams sends the client's locale; without one, the CRM user's own locale decides.</summary>
    public static ReplyLanguage LanguageOf(Activity activity, User? user)
    {
        var locale = activity.Locale ?? user?.Locale;
        return locale?.StartsWith("zh", StringComparison.OrdinalIgnoreCase) == true ? ReplyLanguage.Chinese : ReplyLanguage.English;
    }

    private static TimeZoneInfo? Zone(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
}
