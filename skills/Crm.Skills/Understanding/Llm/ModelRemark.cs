using System.Text.RegularExpressions;
using Crm.Skills.Results;
using Crm.Skills.Understanding.Language;

namespace Crm.Skills.Understanding.Llm;

/// <summary>
/// The model's own words beside the writes it made, when they add something ("heads-up: their quote
/// expired last month"). Dropped when they only restate the change card ("Logged your call with
/// Orla.", "已更新。"): no new words beyond the user's message, the records and values written, and
/// the words of saying so. Shown as plain text: one paragraph, no markup or links, capped.
/// </summary>
public static partial class ModelRemark
{
    public const int MaxLength = 300;

    /// <summary>Words of confirming a write, which say nothing the card does not.</summary>
    private static readonly HashSet<string> Saying = ContentWords.Of("""
        logged log updated update moved move noted note changed change created create added add saved save recorded record
        marked mark set done sure got your for here it's call meeting visit email deal task reminder ticket activity contact comment
        stage amount close date next step due owner title summary new now great all good okay alright have has them him her their
        monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october
        november december jan feb mar apr jun jul aug sep sept oct nov dec tomorrow week month
        """);

    private const string SayingChinese = "已把将为改成到了更新记录保存完成好的阶段商机任务待办工单活动联系人备注创建新建添加标记设置一条个您你我帮";

    /// <summary>The remark to show, or null when there is none worth showing.</summary>
    public static string? Beside(string? text, string userText, IEnumerable<RecordChange> written)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var plain = Plain(text);
        if (plain.Length == 0)
            return null;
        var known = string.Join(' ', written.SelectMany(Words).Prepend(userText));
        var knownWords = ContentWords.Of(Spaced(known));
        var novelWords = ContentWords.Of(Spaced(plain)).Count(w => !char.IsAsciiDigit(w[0]) && !LanguageDetector.IsIdeograph(w[0]) && !knownWords.Contains(w) && !Saying.Contains(w));
        var novelChinese = plain.Count(c => LanguageDetector.IsIdeograph(c) && !known.Contains(c) && !SayingChinese.Contains(c));
        return novelWords >= 2 || novelChinese >= 4 ? Cap(plain, MaxLength) : null;
    }

    /// <summary>Any text of the model's made fit to show: plain, one paragraph, at most <paramref name="max"/> characters.</summary>
    public static string Safe(string text, int max) => Cap(Plain(text), max);

    private static IEnumerable<string> Words(RecordChange change) =>
        [change.Entity, change.Label, .. change.Fields.SelectMany(f => new[] { f.Field, f.New ?? "", f.NewName ?? "" })];

    /// <summary>"NeedsAnalysis" and "closeDate" as the words people write.</summary>
    private static string Spaced(string text) => CamelHump().Replace(text, " ");

    /// <summary>One paragraph of text: no tags, no markdown links or emphasis, no addresses to click.</summary>
    private static string Plain(string text)
    {
        var t = Tag().Replace(text, " ");
        t = MarkdownLink().Replace(t, "$1");
        t = Url().Replace(t, " ");
        t = Markup().Replace(t, " ");
        t = new string([.. t.Select(c => char.IsControl(c) ? ' ' : c)]);
        return Spaces().Replace(t, " ").Trim();
    }

    private static string Cap(string text, int max)
    {
        if (text.Length <= max)
            return text;
        var cut = text.LastIndexOf(' ', max - 1);
        return text[..(cut > max / 2 ? cut : max - 1)].TrimEnd() + "…";
    }

    [GeneratedRegex(@"(?<=\p{Ll})(?=\p{Lu})")]
    private static partial Regex CamelHump();

    [GeneratedRegex(@"<[^>]{0,200}>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"!?\[([^\]]{0,200})\]\([^)]{0,500}\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"\b(?:https?|ftp|mailto|file|javascript|data):\S*|\bwww\.\S+", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"[*_`#>|~\[\]]+")]
    private static partial Regex Markup();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
