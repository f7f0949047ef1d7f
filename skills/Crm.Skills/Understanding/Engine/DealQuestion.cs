using System.Text.RegularExpressions;
using Crm.Skills.Understanding.Plan;
using Crm.Skills.Understanding.Resolution;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// "What's the next step on the Globex renewal?", "MES那个单子下一步是啥来着", "who owns the Initech expansion?",
/// "那个MES的单子谁负责的？": a question about one deal's own figures (next step, owner, amount, close date, stage),
/// answered by showing that deal. The question word sits where a change would put the value ("下一步是啥"), so
/// without this the message reads as a change with "啥" as the next step.
/// </summary>
public static partial class DealQuestion
{
    /// <summary>
    /// The deal a question names by its words (among the deals of the customer it names or has in view), else the one
    /// deal in view; null when it is not such a question.
    /// </summary>
    public static DealRead? Read(string text, TurnContext ctx, string? accountInView = null, IReadOnlyList<string>? dealsInView = null)
    {
        if (!AsksAboutADeal(text))
            return null;
        var account = AccountResolver.Resolve(ctx.Index, text);
        var named = DealResolver.Resolve(ctx.Index, text, account.IsUnique ? account.Id : accountInView ?? ctx.Bindings.AccountId, null, needed: false);
        // "when's it closing?" after a call at a customer with one open deal: only a deal closes, so it is that deal.
        if (named is { IsUnique: true, Text: not null } || (named.IsUnique && OnlyADealHas().IsMatch(text)))
            return new DealRead(named.Id!);
        return named.IsNone && !account.IsUnique && dealsInView is [var one] && ctx.Index.Deals.ContainsKey(one) ? new DealRead(one) : null;
    }

    /// <summary>A question (not a change) about a field a deal has.</summary>
    public static bool AsksAboutADeal(string text) =>
        (Question().IsMatch(text) || text.TrimEnd().EndsWith('?') || text.TrimEnd().EndsWith('？'))
        && Field().IsMatch(text) && !Change().IsMatch(text);

    // The question word where the value would be: "what's …", "… is what again", "下一步是啥来着", "谁负责的", "金额多少".
    // A Chinese question word ends the message: "聊了下一步做什么，决定周四演示" reports a talk.
    [GeneratedRegex(@"^(?:(?:and|so|ok(?:ay)?|hey|quick q(?:uestion)?|remind me|sorry)[,:\s]+)*(?:what(?:'s|s| is| was| are|'re)|who(?:'s| is| owns)|when(?:'s| is| does| do| will| are)|how much|how big|where(?:'s| is| are| does))\b|\b(?:is|was) what(?: again)?\b|(?:啥|什么|多少|哪天|几号|哪一步|哪个阶段|谁|哪儿|哪里|如何|怎么样)[^，,。；;]{0,8}[?？]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Question();

    // Something a deal has: its next step, owner, amount, close date or stage; or how it is going ("anything new on…").
    [GeneratedRegex(@"\bnext steps?\b|\bowner\b|\bowns\b|\bworth\b|\bamount\b|\bvalue\b|\bhow much\b|\bhow big\b|\bclos(?:e|es|ing)\b|\bstage\b|\bwhere (?:are we|is it|does it stand)\b|\bstatus of\b|\banything new (?:on|with)\b|\bwhat'?s new (?:on|with)\b|\bhow'?s\b.{1,40}\b(?:looking|going|doing|coming along)\b|\b(?:any )?updates? on\b|下一步|下步|后续|接下来|负责|在跟|谁跟|谁管|金额|多少钱|多大|报价|关单|签约|成交|签单|结单|阶段|哪一步|进展|进度", RegexOptions.IgnoreCase)]
    private static partial Regex Field();

    // Fields only a deal has, or the deal itself named: with these a customer's one open deal is the deal asked about.
    [GeneratedRegex(@"\bdeal\b|\bopportunity\b|\bnext steps?\b|\bworth\b|\bamount\b|\bclos(?:e|es|ing)\b|\bstage\b|单子|商机|下一步|金额|关单|签约|成交|签单|阶段", RegexOptions.IgnoreCase)]
    private static partial Regex OnlyADealHas();

    // A change asked alongside ("what's the next step? set it to the demo") is a write, not only a question.
    [GeneratedRegex(@"\b(?:set|update|change|moves?|moved|push(?:ed)?|slipp(?:ed|ing)|mark|bump|log|make it|put)\b|改成|改为|调成|调到|更新|推进|推到|设成|设为|记一下|标记|换成", RegexOptions.IgnoreCase)]
    private static partial Regex Change();
}
