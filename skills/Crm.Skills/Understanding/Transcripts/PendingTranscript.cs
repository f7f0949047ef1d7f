using Crm.Skills.Conversation;

namespace Crm.Skills.Understanding.Transcripts;

/// <summary>
/// A transcript waiting for the answer to "which account?": the attachment as it came, kept in
/// conversation state so the answer logs it. Only its first lines are kept when it is long, since the
/// state row is bounded and JSON writes each Chinese character as a six-character escape.
/// </summary>
public sealed record PendingTranscript(string ContentType, string? Name, string Content)
{
    /// <summary>Budget in JSON characters for the kept content; the state row holds 32,000.</summary>
    public const int MaxJsonChars = 20_000;

    public TurnAttachment ToAttachment() => new(ContentType, Name, Content);

    public static PendingTranscript Keep(TurnAttachment file)
    {
        var content = file.Content ?? "";
        if (JsonCost(content) <= MaxJsonChars)
            return new PendingTranscript(file.ContentType, file.Name, content);
        var kept = new System.Text.StringBuilder();
        var cost = 0;
        foreach (var line in content.Split('\n'))
        {
            var lineCost = JsonCost(line) + 2;
            if (cost + lineCost > MaxJsonChars)
                break;
            kept.Append(line).Append('\n');
            cost += lineCost;
        }
        return new PendingTranscript(file.ContentType, file.Name, kept.ToString());
    }

    /// <summary>How many characters the text takes once escaped in JSON (non-ASCII as \uXXXX).</summary>
    private static int JsonCost(string text)
    {
        var cost = 0;
        foreach (var c in text)
            cost += c > 127 ? 6 : c is '"' or '\\' or '\r' or '\t' or '<' or '>' or '&' or '\'' or '+' || c < ' ' ? 6 : 1;
        return cost;
    }
}
