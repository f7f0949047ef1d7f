using System.Text.RegularExpressions;
using Crm.Skills.Understanding.Plan;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// Every deal meant where a question would ask which one: "李伟星河那两个单子关单日期都推到明年3月底", "move both Pinecrest
/// deals to proposal", and "两个都推", "both" answering "which deal?". The request is read once for each deal offered and
/// all of it is written in one change set; when any of those readings is no write, the question stands.
/// </summary>
internal static partial class EveryOfferedDeal
{
    /// <summary>The request itself says both of the two deals it could mean: "那两个单子…都", "both … deals".</summary>
    public static bool SaidInRequest(string text, IReadOnlyList<string> offered) =>
        offered.Distinct().Count() == 2 && BothInRequest().IsMatch(text);

    /// <summary>A short answer that picks every deal offered: "两个都推", "都要", "全部", "both", "all of them".</summary>
    public static bool SaidInAnswer(string answer) => EveryInAnswer().IsMatch(answer.Trim());

    /// <summary>The request read for each deal offered, its actions together; null when a reading is no write.</summary>
    public static WriteRequest? ForEach(string text, IReadOnlyList<string> offered, Func<string, Understood> readFor)
    {
        var actions = new List<PlannedAction>();
        var references = new List<ExplainedReference>();
        var confidence = 1.0;
        foreach (var dealId in offered.Distinct())
        {
            if (readFor(dealId) is not WriteRequest write)
                return null;
            // A part of the request that is not about the deal ("记一下…") is the same for each reading: written once.
            actions.AddRange(write.Actions.Where(a => !actions.Contains(a)));
            references.AddRange(write.Explanation.References);
            confidence = Math.Min(confidence, write.Explanation.Confidence);
        }
        return new WriteRequest(actions)
        {
            Text = text,
            Explanation = new Explanation("every deal offered, each with the same change", [.. actions.Select(a => a.ToString())], references, confidence, null),
        };
    }

    // "那两个单子…都", "这俩单都…", "both deals", "both of them": a count of two that is no length of time ("两个月"),
    // and 都 not followed by a negation ("两个都不推").
    [GeneratedRegex(@"(?:两|俩)(?:个|单|笔)?(?!月|星期|礼拜|小时|钟|工作日|周|天)(?:单子|商机|项目)?[^，,。；;]{0,20}?都(?!不|没|别)|\bboth\b", RegexOptions.IgnoreCase)]
    private static partial Regex BothInRequest();

    // "都不是", "都不要" rule every deal out, so a negation after 都 picks none.
    [GeneratedRegex(@"^(?:这|那)?(?:两个|俩|两单|两笔|两个单子|所有的?|全部)?(?:都|全部|全都|一起)(?!不|没|别)\p{IsCJKUnifiedIdeographs}{0,4}[。!！]?$|^(?:(?:do|update|move|change)\s+)?(?:both|all)(?:\s+of\s+them|\s+(?:of\s+)?(?:the\s+)?(?:two|deals|two deals))?(?:\s*,?\s*(?:please|pls))?[.!]?$", RegexOptions.IgnoreCase)]
    private static partial Regex EveryInAnswer();
}
