using System.Text.Json;

namespace Crm.Skills.Conversation;

/// <summary>The words of a turn: the typed text, or the value a pressed card button carries.</summary>
public static class TurnText
{
    private static readonly string[] Keys = ["text", "value", "choice", "answer", "action"];

    public static string Of(TurnInput input)
    {
        if (!string.IsNullOrWhiteSpace(input.Text))
            return input.Text.Trim();
        if (input.CardValue is not { } value)
            return "";
        if (value.ValueKind == JsonValueKind.String)
            return value.GetString() ?? "";
        if (value.ValueKind == JsonValueKind.Object)
            foreach (var key in Keys)
                if (value.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String)
                    return v.GetString() ?? "";
        return "";
    }
}
