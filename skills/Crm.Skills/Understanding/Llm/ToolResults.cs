using System.Text.Json;
using System.Text.Json.Serialization;
using Crm.Skills.Results;

namespace Crm.Skills.Understanding.Llm;

/// <summary>
/// What a tool call gives back to the model: JSON inside a data block, so whatever customers wrote
/// in notes and tickets reaches the model as data it is told never to obey. Long results are cut.
/// </summary>
public static class ToolResults
{
    private const int MaxChars = 6000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReferenceHandler = ReferenceHandler.IgnoreCycles,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
        MaxDepth = 16,
        // Readable for the model: quotes and Chinese as they are, not \u escapes.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Of(SkillResult result) => Wrap("tool-result", JsonSerializer.Serialize<object>(result, Json));

    public static string Status(string status, string detail) => JsonSerializer.Serialize(new { status, detail }, Json);

    public static string Error(string problem) => JsonSerializer.Serialize(new { error = problem, fix = "call the tool again with corrected arguments" }, Json);

    /// <summary>Untrusted text in a delimited block; a closing tag inside it cannot end the block early.</summary>
    public static string Wrap(string kind, string content)
    {
        var safe = content.Replace("</data", "<\\/data", StringComparison.OrdinalIgnoreCase);
        if (safe.Length > MaxChars)
            safe = safe[..MaxChars] + " …(cut)";
        return $"<data kind=\"{kind}\">\n{safe}\n</data>";
    }
}
