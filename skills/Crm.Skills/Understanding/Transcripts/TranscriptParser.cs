using System.Text.RegularExpressions;

namespace Crm.Skills.Understanding.Transcripts;

/// <summary>One thing one person said in a call or meeting.</summary>
public sealed record Utterance(string Speaker, string Text);

/// <summary>
/// Reads a Teams WebVTT transcript (<c>&lt;v Speaker&gt;text</c>) or a plain text one
/// (<c>Speaker: text</c>, <c>发言人：内容</c>) into utterances; cue timings and headers are skipped.
/// </summary>
public static partial class TranscriptParser
{
    public static IReadOnlyList<Utterance> Parse(string content)
    {
        var result = new List<Utterance>();
        foreach (var raw in content.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith("WEBVTT", StringComparison.Ordinal) || line.Contains("-->", StringComparison.Ordinal) || Number().IsMatch(line))
                continue;
            var voice = Voice().Match(line);
            if (voice.Success)
            {
                result.Add(new Utterance(voice.Groups["who"].Value.Trim(), voice.Groups["text"].Value.Trim()));
                continue;
            }
            var plain = Plain().Match(line);
            if (plain.Success && !Header().IsMatch(plain.Groups["who"].Value))
                result.Add(new Utterance(plain.Groups["who"].Value.Trim(), plain.Groups["text"].Value.Trim()));
        }
        return result;
    }

    [GeneratedRegex(@"^<v\s+(?<who>[^>]+)>(?<text>.*?)(?:</v>)?$")]
    private static partial Regex Voice();

    [GeneratedRegex(@"^(?<who>[^:：]{1,40})[:：]\s*(?<text>.+)$")]
    private static partial Regex Plain();

    [GeneratedRegex(@"^(?:attendees|participants|date|time|subject|title|meeting|location|参会人|参会人员|时间|地点|主题|会议)$", RegexOptions.IgnoreCase)]
    private static partial Regex Header();

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex Number();
}
