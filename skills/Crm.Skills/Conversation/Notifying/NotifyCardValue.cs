using System.Globalization;
using System.Text.Json;
using Crm.Data.Notifications;
using Crm.Data.Store;

namespace Crm.Skills.Conversation.Notifying;

/// <summary>A pressed notification button: snooze it, mark its task done, or open the customer summary.</summary>
public sealed record NotifyCardValue(NotifyButton Button, string SubjectId, NotificationKind Kind = default, int Days = 1)
{
    /// <summary>
    /// Reads the values the host's notification cards carry (the CardActions contract):
    /// <c>{"action":"snooze","kind":"renewal","subjectId":"A-1","days":1}</c>,
    /// <c>{"action":"done","taskId":"TSK-1"}</c>, <c>{"action":"summary","accountId":"A-1"}</c>.
    /// Null when the value is anything else.
    /// </summary>
    public static NotifyCardValue? Read(JsonElement? card)
    {
        if (card is not { ValueKind: JsonValueKind.Object } value || Text(value, "action") is not { } action)
            return null;
        return action switch
        {
            "snooze" when Text(value, "subjectId") is { Length: > 0 } subject && StoredEnum.TryParse<NotificationKind>(Text(value, "kind"), out var kind) =>
                new NotifyCardValue(NotifyButton.Snooze, subject, kind, Math.Clamp(Number(value, "days") ?? 1, 1, 30)),
            "done" when Text(value, "taskId") is { Length: > 0 } task => new NotifyCardValue(NotifyButton.Done, task),
            "summary" when Text(value, "accountId") is { Length: > 0 } account => new NotifyCardValue(NotifyButton.Summary, account),
            _ => null,
        };
    }

    private static string? Text(JsonElement v, string key) =>
        v.TryGetProperty(key, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    // Clients merge card inputs in as strings, so a number may arrive either way.
    private static int? Number(JsonElement v, string key) =>
        !v.TryGetProperty(key, out var p) ? null
        : p.ValueKind == JsonValueKind.Number && p.TryGetInt32(out var n) ? n
        : p.ValueKind == JsonValueKind.String && int.TryParse(p.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out n) ? n
        : null;
}

public enum NotifyButton { Snooze, Done, Summary }
