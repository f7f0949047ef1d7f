using System.Buffers;
using System.Text.Json;
using Crm.Bot.Protocol;

namespace Crm.Bot.Teams;

/// <summary>
/// Reads the POSTed activity: size-limited (413), well-formed JSON (400), and with the fields every
/// channel activity carries (ACT A2010, A2020, A2030, A2060, A2070, A2080, A2300; 400 otherwise).
/// </summary>
internal static class InboundActivityReader
{
    public static async Task<(Activity? Activity, IResult? Error)> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return (null, Problem(413, "RequestTooLarge", "The activity is larger than this bot accepts."));
        }
        // Sized from Content-Length when the sender gives it, and read through a pooled chunk: every message comes this way.
        using var body = new MemoryStream(request.ContentLength is > 0 and var length ? (int)length : 0);
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                body.Write(chunk, 0, read);
                if (body.Length > maxBytes)
                {
                    return (null, Problem(413, "RequestTooLarge", "The activity is larger than this bot accepts."));
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body.GetBuffer().AsSpan(0, (int)body.Length), ActivityJson.Options);
        }
        catch (JsonException)
        {
            return (null, Problem(400, "BadSyntax", "The body is not a JSON activity."));
        }
        var missing = Missing(activity).ToList();
        return missing.Count > 0
            ? (null, Problem(400, "MissingProperty", $"The activity lacks: {string.Join(", ", missing)}."))
            : (activity, null);
    }

    public static IResult Problem(int status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: status);

    private static IEnumerable<string> Missing(Activity? activity)
    {
        if (activity is null)
        {
            yield return "everything";
            yield break;
        }
        if (string.IsNullOrEmpty(activity.Type)) yield return "type";
        if (string.IsNullOrEmpty(activity.ChannelId)) yield return "channelId";
        if (string.IsNullOrEmpty(activity.Conversation?.Id)) yield return "conversation.id";
        if (string.IsNullOrEmpty(activity.ServiceUrl)) yield return "serviceUrl";
        if (string.IsNullOrEmpty(activity.From?.Id)) yield return "from.id";
        if (string.IsNullOrEmpty(activity.Recipient?.Id)) yield return "recipient.id";
    }
}
