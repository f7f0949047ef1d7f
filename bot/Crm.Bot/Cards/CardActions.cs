using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Crm.Bot.Cards;

/// <summary>
/// The value contract of every card button. A pressed button comes back as a message whose
/// <c>value</c> (<see cref="Crm.Skills.Conversation.TurnInput.CardValue"/>) is one of:
/// <list type="bullet">
/// <item><c>{"action":"undo","changeSetId":42}</c>: revert change set 42 (same as typing "undo"/"撤销").</item>
/// <item><c>{"action":"apply","pendingId":"p-1"}</c>: apply the previewed write p-1.</item>
/// <item><c>{"action":"cancel","pendingId":"p-1"}</c>: discard the previewed write p-1.</item>
/// <item><c>{"action":"choose","choice":"D-101"}</c>: the answer to the open question; equal to
/// the <see cref="Crm.Skills.Results.Choice.Value"/> offered (also accepted as typed text).</item>
/// <item><c>{"action":"snooze","kind":"renewal","subjectId":"A-1","days":1}</c>: a notification comes again in 1 day.</item>
/// <item><c>{"action":"done","taskId":"TSK-1"}</c>: mark the notified task done (audited, with Undo).</item>
/// <item><c>{"action":"summary","accountId":"A-1"}</c>: the customer summary of the notified account.</item>
/// </list>
/// The notification values are read by <see cref="Crm.Skills.Conversation.Notifying.NotifyCardValue"/>.
/// Buttons are Action.Submit with object data (Web Chat cannot do Action.Execute, and Teams sends
/// Submit as an ordinary message), so the value arrives in a message activity with empty text.
/// Clients merge input values in as strings, so numbers may arrive as strings; <see cref="TryRead"/>
/// accepts both.
/// </summary>
public static class CardActions
{
    public const string ActionKey = "action";
    public const string Undo = "undo";
    public const string Apply = "apply";
    public const string Cancel = "cancel";
    public const string Choose = "choose";
    public const string ChangeSetIdKey = "changeSetId";
    public const string PendingIdKey = "pendingId";
    /// <summary>Also the id of the choice picker on long lists, so its selection lands under the same key.</summary>
    public const string ChoiceKey = "choice";

    public const string Snooze = "snooze";
    public const string Done = "done";
    public const string Summary = "summary";

    public static JsonObject SnoozeData(string kind, string subjectId, int days) =>
        new() { [ActionKey] = Snooze, ["kind"] = kind, ["subjectId"] = subjectId, ["days"] = days };

    public static JsonObject DoneData(string taskId) => new() { [ActionKey] = Done, ["taskId"] = taskId };

    public static JsonObject SummaryData(string accountId) => new() { [ActionKey] = Summary, ["accountId"] = accountId };

    public static JsonObject UndoData(long changeSetId) => new() { [ActionKey] = Undo, [ChangeSetIdKey] = changeSetId };

    public static JsonObject ApplyData(string pendingId) => new() { [ActionKey] = Apply, [PendingIdKey] = pendingId };

    public static JsonObject CancelData(string pendingId) => new() { [ActionKey] = Cancel, [PendingIdKey] = pendingId };

    public static JsonObject ChooseData(string? value) =>
        value is null ? new() { [ActionKey] = Choose } : new() { [ActionKey] = Choose, [ChoiceKey] = value };

    /// <summary>Reads a card value; false when it is not one of ours or is incomplete.</summary>
    public static bool TryRead(JsonElement? value, out CardCommand command)
    {
        command = default!;
        if (value is not { ValueKind: JsonValueKind.Object } v || Text(v, ActionKey) is not { } action)
            return false;
        CardCommand? read = action switch
        {
            Undo when Number(v, ChangeSetIdKey) is { } id => new CardCommand(CardCommandKind.Undo, id, null, null),
            Apply when Text(v, PendingIdKey) is { } pending => new CardCommand(CardCommandKind.Apply, null, pending, null),
            Cancel when Text(v, PendingIdKey) is { } pending => new CardCommand(CardCommandKind.Cancel, null, pending, null),
            Choose when Text(v, ChoiceKey) is { Length: > 0 } choice => new CardCommand(CardCommandKind.Choose, null, null, choice),
            _ => null,
        };
        command = read!;
        return read is not null;
    }

    private static string? Text(JsonElement v, string key) =>
        v.TryGetProperty(key, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    private static long? Number(JsonElement v, string key)
    {
        if (!v.TryGetProperty(key, out var p))
            return null;
        if (p.ValueKind == JsonValueKind.Number && p.TryGetInt64(out var n))
            return n;
        return p.ValueKind == JsonValueKind.String && long.TryParse(p.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out n) ? n : null;
    }
}

public enum CardCommandKind { Undo, Apply, Cancel, Choose }

/// <summary>A pressed button, read back from its value.</summary>
public sealed record CardCommand(CardCommandKind Kind, long? ChangeSetId, string? PendingId, string? Choice);
