using System.Text.Json;

namespace Crm.Bot.DirectLine;

/// <summary>Reads request bodies: empty is allowed where the body is optional, malformed JSON is a 400.</summary>
internal static class DirectLineBodies
{
    public static async Task<(T? Value, IResult? Failure)> ReadOptionalAsync<T>(HttpRequest request)
        where T : class
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }
        try
        {
            return (JsonSerializer.Deserialize<T>(text, Protocol.ActivityJson.Options), null);
        }
        catch (JsonException)
        {
            return (null, DirectLineJson.Error(400, "BadArgument", "The body is not valid JSON."));
        }
    }
}
