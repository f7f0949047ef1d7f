using System.Text.RegularExpressions;
using Crm.Skills.Understanding.Engine;
using Crm.Skills.Understanding.Language;

namespace Crm.Skills.Understanding.Transcripts;

/// <summary>
/// What the acting user promised in a call, as the title of a task: "Both are supported. I'll send over the kiosk spec
/// sheet tomorrow." → "Send over the kiosk spec sheet"; "没问题，明天我把演示环境的账号发给您。" → "把演示环境的账号发给您";
/// "下周五前出一版最终报价。" → "出一版最终报价" (a day said first, then what will be done, is a promise without "我").
/// Only the sentence with the promise is kept, without its day (the task is due then) and without who says it.
/// </summary>
public static partial class Promises
{
    /// <summary>The promise in one thing the user said, or null when it promises nothing.</summary>
    public static string? TitleOf(string said, DateContext dates)
    {
        var cue = Commitment().Match(said);
        if (!cue.Success)
            return null;
        var chinese = LanguageDetector.IsChinese(said);
        var stops = (chinese ? ChineseStop() : EnglishStop()).Matches(said);
        var start = stops.Where(s => s.Index < cue.Index).Select(s => s.Index + s.Length).LastOrDefault();
        var end = stops.Where(s => s.Index >= cue.Index + cue.Length).Select(s => s.Index).DefaultIfEmpty(said.Length).First();
        var sentence = said[start..end];
        var title = chinese
            ? Subject().Replace(TextParts.WithoutDates(sentence, dates), "", 1)
            : TextParts.WithoutDates(said[(cue.Index + cue.Length)..end], dates);
        title = TextParts.Tidy(Lead().Replace(TextParts.Tidy(title), ""));
        return title.Length < 4 ? null : chinese ? title : char.ToUpperInvariant(title[0]) + title[1..];
    }

    // A sentence ends at a stop (not the one in "firmware 3.2"); in Chinese a comma ends the thought too ("没问题，明天我把…").
    [GeneratedRegex(@"[.!?;](?=\s|$)")]
    private static partial Regex EnglishStop();

    [GeneratedRegex(@"[。！？；，,!?;]")]
    private static partial Regex ChineseStop();

    // "I'll", "let me", "我周五", "我这边", "给您答复"; "下周四前给您一版…", "明天把培训计划发给您": a day, then what will be done.
    // Not "I can do forty-five": a price offered is no task.
    [GeneratedRegex(@"\bI'?ll\b|\bI will\b|\bI can\b(?!\s+do\b)|\blet me\b|\bwe'?ll\b|我们?(?:周.|下周.?|明天|今天|回去|会|来|先|这边)|给您答复|发给您|发到您"
        + @"|(?<=^|[。！？，,；;!?]\s*)(?:今天|明天|后天|下周.|下星期.|这周.|本周.|周.|星期.|月底|月初|下个?月[初中底]?)(?:上午|下午|晚上|中午|下班)?(?:之前|以前|前)?(?:就|先|再)?(?:我们?)?(?:就|先)?(?=把|给|发|出|带|安排|整理|准备|约|过去|寄|提交|做|上门)", RegexOptions.IgnoreCase)]
    private static partial Regex Commitment();

    // "我把…", "我们这边…": who promises is the task's owner, not its title.
    [GeneratedRegex(@"^\s*(?:(?:好的|可以|没问题|行)[，,]?\s*)?那?我们?(?:这边|回去)?(?:会|来|先|就)?|(?<=^\S{0,12}?)我(?:这边)?(?=把|发|给|带|整理|准备|安排|出|约|过去|寄|做|来|先|会)")]
    private static partial Regex Subject();

    // "Then …", "And …", "So …": a link to what came before; "下班前…", "就…": what is left of a day taken out.
    [GeneratedRegex(@"^(?:(?:then|and|so|also|okay|ok|great|sure)\b[,\s]*)+|^(?:好的|可以|没问题|那|就)[，,\s]*|^(?:上午|下午|晚上|中午|下班)?(?:之前|以前|前)(?:就|先)?", RegexOptions.IgnoreCase)]
    private static partial Regex Lead();
}
