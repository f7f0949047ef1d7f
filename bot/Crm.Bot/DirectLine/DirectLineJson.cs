using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Bot.Protocol;

namespace Crm.Bot.DirectLine;

/// <summary>
/// Direct Line's JSON: an ActivitySet always carries its <c>activities</c> array (DLJS iterates it even
/// when empty, so the protocol's "omit empty arrays" rule must not apply here), timestamps are UTC with
/// <c>Z</c>, and errors are <c>{"error":{"code","message"}}</c>.
/// </summary>
public static class DirectLineJson
{
    public static string ActivitySet(ActivityFrame frame)
    {
        var set = new JsonObject { ["activities"] = new JsonArray([.. frame.Activities.Select(ToNode)]) };
        if (frame.Watermark is { } watermark)
        {
            set["watermark"] = watermark.ToString(CultureInfo.InvariantCulture);
        }
        return set.ToJsonString(ActivityJson.Options);
    }

    public static IResult ActivitySetResult(ActivityFrame frame) => Results.Text(ActivitySet(frame), "application/json; charset=utf-8");

    public static IResult Error(int status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: status);

    private static JsonNode? ToNode(Activity activity)
    {
        var node = JsonSerializer.SerializeToNode(activity, ActivityJson.Options);
        if (node is JsonObject json && activity.Timestamp is { } timestamp)
        {
            json["timestamp"] = timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
        }
        return node;
    }
}
