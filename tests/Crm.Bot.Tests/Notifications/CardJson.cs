using System.Text.Json;

namespace Crm.Bot.Tests.Notifications;

/// <summary>Reads what a person sees in a sent activity: its card's text and its buttons.</summary>
internal static class CardJson
{
    public static JsonElement Card(JsonElement activity) => activity.GetProperty("attachments")[0].GetProperty("content");

    /// <summary>Every text of the card, in order, one per line.</summary>
    public static string Text(JsonElement activity) => string.Join("\n", Texts(Card(activity)));

    public static IReadOnlyList<(string Title, JsonElement Data)> Buttons(JsonElement activity) =>
        [.. Card(activity).GetProperty("actions").EnumerateArray().Select(a => (a.GetProperty("title").GetString()!, a.GetProperty("data")))];

    public static JsonElement Button(JsonElement activity, string action) =>
        Buttons(activity).Single(b => b.Data.GetProperty("action").GetString() == action).Data;

    private static IEnumerable<string> Texts(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name is "text" or "title" or "value" && property.Value.ValueKind == JsonValueKind.String)
                    yield return property.Value.GetString()!;
                else
                    foreach (var text in Texts(property.Value))
                        yield return text;
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                foreach (var text in Texts(item))
                    yield return text;
        }
    }
}
