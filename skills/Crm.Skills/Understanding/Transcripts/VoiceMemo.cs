using System.Text.RegularExpressions;
using Crm.Skills.Understanding.Language;

namespace Crm.Skills.Understanding.Transcripts;

/// <summary>
/// A voice memo turned into text is prose, not lines by speaker ("okay so uh just walked out of Acme in Denver. sat down
/// with Emily Stone…", "嗯 刚从星河出来 跟林工聊了…"): the user's own account of a conversation, read like a dictated
/// message, without its heading ("Voice memo transcript", "语音备忘") and its ums.
/// </summary>
public static partial class VoiceMemo
{
    /// <summary>The memo's prose, cleaned up; null when the file has no prose (or is lines by speaker).</summary>
    public static string? ProseOf(string content)
    {
        var lines = content.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !Heading().IsMatch(l)).ToList();
        if (lines.Count == 0)
            return null;
        var prose = TextNormalizer.Normalize(string.Join(LanguageDetector.IsChinese(content) ? "" : " ", lines)).Text.Trim();
        return prose.Length < 8 ? null : prose.Length > MaxLength ? prose[..MaxLength] : prose;
    }

    /// <summary>Long enough for what a memo says; the activity's summary is no place for a whole recording.</summary>
    private const int MaxLength = 1000;

    [GeneratedRegex(@"^(?:voice\s+)?(?:memo|note|recording|dictation)(?:\s+transcript(?:ion)?)?[\s:：]*$|^transcript(?:ion)?[\s:：]*$|^(?:WEBVTT|语音备忘(?:录)?|语音转写|语音转文字|录音转写|备忘录?)[\s:：]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Heading();
}
