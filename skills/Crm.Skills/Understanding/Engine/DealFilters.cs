using System.Text.RegularExpressions;
using Crm.Skills.Deals;
using Crm.Skills.Understanding.Language;
using Crm.Skills.Understanding.Plan;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// Reads what a deal question narrows its list to, the same way in both languages (see <see cref="DealFilter"/>):
/// "any deals over 100k on my team?", "只看十万以上的", "nothing logged in the last 7 days", "两周以上没联系",
/// "next steps due this week", "top 3 deals by amount", "smallest open deal", "金额最大的单子", "weighted too".
/// </summary>
public static partial class DealFilters
{
    /// <summary>No contact in 14 days is when a customer is flagged as gone quiet (behaviour §5), so "gone cold" means that.</summary>
    private const int QuietAfterDays = 14;

    public static DealFilter Read(string text, TurnContext ctx)
    {
        var (atLeast, under) = AmountBounds(text);
        var (order, limit) = OrderAsked(text);
        return new DealFilter(atLeast, under, QuietDays(text), NextStepDue(text, ctx), order, limit, Weighted().IsMatch(text));
    }

    /// <summary>True when the question says anything a deal list is filtered, ordered or totalled by.</summary>
    public static bool SaysAny(DealFilter filter) => filter.Narrows || filter.Order != DealOrder.CloseDate || filter.Weighted;

    /// <summary>"over 100k", "at least 50k", "50k+", "十万以上", "超过二十万": at least; "under 20k", "五万以下", "不到十万": under.</summary>
    private static (decimal? AtLeast, decimal? Under) AmountBounds(string text)
    {
        decimal? atLeast = null, under = null;
        foreach (var amount in AmountReader.FindAll(text))
        {
            var before = text[Math.Max(0, amount.Start - 14)..amount.Start];
            var after = text[amount.EndIndex..Math.Min(text.Length, amount.EndIndex + 12)];
            if (AboveBefore().IsMatch(before) || AboveAfter().IsMatch(after))
                atLeast = amount.Value;
            else if (BelowBefore().IsMatch(before) || BelowAfter().IsMatch(after))
                under = amount.Value;
        }
        return (atLeast, under);
    }

    [GeneratedRegex(@"(?:\b(?:over|above|more than|greater than|bigger than|larger than|at least|north of|upwards of|exceeding)\s*|>=?\s*|(?:超过|大于|高于|多于|不少于|不低于|至少|起码)\s*)$", RegexOptions.IgnoreCase)]
    private static partial Regex AboveBefore();

    [GeneratedRegex(@"^\s*(?:\+|or (?:more|above|bigger|larger)\b|and (?:up|above|over)\b|plus\b|(?:及|或)?以上|往上|起)", RegexOptions.IgnoreCase)]
    private static partial Regex AboveAfter();

    [GeneratedRegex(@"(?:\b(?:under|below|less than|smaller than|lower than|at most|beneath)\s*|<=?\s*|(?:低于|小于|少于|不到|不超过|不足)\s*)$", RegexOptions.IgnoreCase)]
    private static partial Regex BelowBefore();

    [GeneratedRegex(@"^\s*(?:or (?:less|under|below)\b|and (?:under|below)\b|(?:及|或)?以下|以内)", RegexOptions.IgnoreCase)]
    private static partial Regex BelowAfter();

    /// <summary>
    /// "nothing logged in the last 7 days", "no activity for two weeks", "两周以上没联系", "十天没跟进": that many days;
    /// "gone cold", "很久没跟进": <see cref="QuietAfterDays"/>.
    /// </summary>
    private static int? QuietDays(string text)
    {
        if (EnglishQuiet().Match(text) is { Success: true } en && DayCounts.Days(en.Groups["n"].Value, en.Groups["u"].Value) is { } enDays)
            return enDays;
        if (ChineseQuiet().Match(text) is { Success: true } zh && DayCounts.Days(zh.Groups["n"].Value, zh.Groups["u"].Value) is { } zhDays)
            return zhDays;
        return GoneQuiet().IsMatch(text) ? QuietAfterDays : null;
    }

    [GeneratedRegex(@"\b(?:nothing|no (?:activity|activities|contact|touch ?points?|calls?|meetings?|updates?|follow-?ups?)|not? (?:been )?(?:touched|contacted|logged|updated|worked)|(?:not|n't|never) (?:been )?(?:talked|spoken|heard|reached out)|untouched|quiet|silent)\b[^.?!]{0,30}?\b(?:in|for|over|within|during)\s+(?:the\s+)?(?:last|past)?\s*(?<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirty|sixty|ninety)?\s*(?<u>days?|weeks?|months?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishQuiet();

    [GeneratedRegex(@"(?<n>\d{1,3}|[一二两三四五六七八九十半]{1,3})\s*个?(?<u>天|周|星期|礼拜|月)(?:以上|多|了|之内|内)?(?:都|还|一直)?(?:没|没有|未)(?:有|人)?(?:联系|跟进|跟|动静|沟通|拜访|记录|活动|更新|动)")]
    private static partial Regex ChineseQuiet();

    [GeneratedRegex(@"\bgone (?:cold|quiet|dark|stale)\b|\b(?:stale|stalled|neglected)\b|(?:很久|好久|长时间|一直|许久)(?:都)?(?:没|没有|未)(?:有)?(?:联系|跟进|跟|动静|沟通|拜访|动)", RegexOptions.IgnoreCase)]
    private static partial Regex GoneQuiet();

    /// <summary>"which of my deals have next steps due this week": the window is the next step's, not the close date's.</summary>
    private static Period? NextStepDue(string text, TurnContext ctx) =>
        NextStepWindow().Match(text) is { Success: true } said ? ReadInterpreter.PeriodOf(text[said.Index..], ctx) : null;

    [GeneratedRegex(@"\bnext steps?\b(?:\s+\w+){0,2}?\s+(?:due|scheduled|planned|coming up)\b|下一步.{0,8}(?:到期|截止|要做|该做)", RegexOptions.IgnoreCase)]
    private static partial Regex NextStepWindow();

    /// <summary>"top 3 by amount", "the 5 biggest deals", "金额最大的三个": largest first, that many; "biggest deal": one.</summary>
    private static (DealOrder Order, int? Limit) OrderAsked(string text)
    {
        var order = Largest().IsMatch(text) ? DealOrder.LargestFirst : Smallest().IsMatch(text) ? DealOrder.SmallestFirst : DealOrder.CloseDate;
        if (order == DealOrder.CloseDate)
            return (order, null);
        if (HowMany().Match(text) is { Success: true } many && Count(many.Groups["n"].Value) is > 0 and var n)
            return (order, n);
        return (order, Plural().IsMatch(text) ? null : 1);
    }

    private static int Count(string n) =>
        int.TryParse(n, out var digits) ? digits : EnglishNumbers.TryParse(n, out var words) ? (int)words : ChineseNumerals.TryParse(n, out var numeral) ? (int)numeral : 0;

    [GeneratedRegex(@"\b(?:biggest|largest|highest|most valuable)\b|\btop\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|deals?|opportunit(?:y|ies)|opps?)\b|(?:金额)?最大|(?:金额)?最高|(?:金额)?前(?:\d|[一二两三四五六七八九十])", RegexOptions.IgnoreCase)]
    private static partial Regex Largest();

    [GeneratedRegex(@"\b(?:smallest|lowest|least valuable|tiniest)\b|(?:金额)?最小|(?:金额)?最低", RegexOptions.IgnoreCase)]
    private static partial Regex Smallest();

    [GeneratedRegex(@"\b(?:top|biggest|largest|smallest|highest|lowest)\s+(?<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\b|\b(?<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:biggest|largest|smallest|highest|lowest)\b|前(?<n>\d{1,2}|[一二两三四五六七八九十])|最(?:大|小|高|低)的(?<n>\d{1,2}|[一二两三四五六七八九十])(?:个|单|笔)", RegexOptions.IgnoreCase)]
    private static partial Regex HowMany();

    [GeneratedRegex(@"\b(?:deals|opportunities|opps|ones)\b|哪些|几个|几单", RegexOptions.IgnoreCase)]
    private static partial Regex Plural();

    /// <summary>"what did we win this month", "which deals have we lost and why", "这个月赢了哪些单", "丢了哪些单子": won or lost deals.</summary>
    public static Crm.Data.Deals.DealStage? OutcomeAsked(string text) =>
        Won().IsMatch(text) ? Crm.Data.Deals.DealStage.Won : Lost().IsMatch(text) ? Crm.Data.Deals.DealStage.Lost : null;

    [GeneratedRegex(@"\b(?:what|which|how many|how much)\b[^.?!]{0,30}?\b(?:did|have|has|had)\s+(?:we|i|you|they|he|she|\w+)\s+(?:win|won|close|closed|sign|signed|land|landed|book|booked)\b|\b(?:won|closed[- ]won)\s+(?:deals|opportunities|opps)\b|\bdeals\s+(?:(?:we|i|\w+)\s+)?(?:have\s+|has\s+|'ve\s+)?won\b|赢(?:了|下)?(?:哪些|几个|多少)|(?:哪些|几个)(?:单子|商机)?(?:赢了|赢单|签了|拿下)|赢单的(?:单子|商机)?", RegexOptions.IgnoreCase)]
    private static partial Regex Won();

    [GeneratedRegex(@"\b(?:what|which|how many|how much)\b[^.?!]{0,30}?\b(?:did|have|has|had)\s+(?:we|i|you|they|he|she|\w+)\s+(?:lose|lost)\b|\b(?:lost|closed[- ]lost)\s+(?:deals|opportunities|opps)\b|\bdeals\s+(?:(?:we|i|\w+)\s+)?(?:have\s+|has\s+|'ve\s+)?lost\b|丢(?:了)?(?:哪些|几个|多少)|输了(?:哪些|几个)|(?:哪些|几个)(?:单子|商机)?(?:丢了|丢单|输了|黄了)|丢单的(?:单子|商机)?", RegexOptions.IgnoreCase)]
    private static partial Regex Lost();

    [GeneratedRegex(@"\bweighted\b|加权", RegexOptions.IgnoreCase)]
    private static partial Regex Weighted();
}
