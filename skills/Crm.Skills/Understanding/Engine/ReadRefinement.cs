using System.Text.RegularExpressions;
using Crm.Skills.Understanding.Plan;
using Crm.Skills.Understanding.Reading;
using Crm.Skills.Understanding.Resolution;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// A short follow-up that changes the pipeline or deal list just shown: "那团队这季度呢", "only this quarter",
/// "what about next month?", "and Sam's?", "下个月的呢". Whose deals and which window each keep their earlier value
/// unless the follow-up says another; it must say at least one.
/// </summary>
public static partial class ReadRefinement
{
    // Longer messages ask something of their own; a follow-up of this kind is a few words.
    private const int LongestFollowUp = 40;

    public static ReadRequest? Refine(string text, DealsAsked asked, TurnContext ctx)
    {
        var filter = DealFilters.Read(text, ctx);
        if (text.Length > LongestFollowUp || !(FollowUp().IsMatch(text) || filter.Weighted)
            || (IntentClassifier.Classify(text) != Intent.None && !WhichDeals().IsMatch(text) && !filter.Narrows)
            || AccountResolver.Resolve(ctx.Index, text) is { IsNone: false })
            return null;
        var period = ReadInterpreter.PeriodOf(text, ctx);
        var whose = Whose(text, ctx);
        var stage = ReadInterpreter.StageAsked(text);
        if (period is null && whose is null && stage is null && !DealFilters.SaysAny(filter))
            return null;
        // "加权后是多少" after a pipeline: the pipeline shows its weighted total already, so it is asked again as it was.
        // "which of those close this year?", "only the ones over 50k", "谈判阶段的那个是哪个客户？": the deals themselves, not the totals again.
        if (asked.Pipeline && stage is null && !filter.Narrows && filter.Order == Deals.DealOrder.CloseDate && !WhichDeals().IsMatch(text))
            return new PipelineRead(whose ?? asked.Whose, period ?? asked.Period);
        return new DealListRead(whose ?? asked.Whose, period ?? asked.Period, stage is null && asked.OpenOnly, stage ?? asked.Stage)
        {
            Filter = asked.Filter.With(filter),
        };
    }

    /// <summary>
    /// Whose deals a follow-up turns to: "just Priya's", "the East team's", or in a few words after a pipeline or deal
    /// list, a colleague's first name ("and for Alex?"), familiar name ("那小李的呢") or full name ("不对 我是说陈静").
    /// </summary>
    private static DealsOf? Whose(string text, TurnContext ctx)
    {
        if (ReadInterpreter.Named(text, ctx) is { } named)
            return named;
        if ((UserResolver.Named(ctx.Index, text) ?? UserResolver.Familiar(ctx.Index, text, ctx.User.Team)) is { } colleague)
            return colleague == ctx.User.Id ? DealsOf.Mine : new DealsOf(PipelineScope.Colleague, OwnerId: colleague);
        return ReadInterpreter.ScopeSaid(text) is { } scope ? new DealsOf(scope) : null;
    }

    /// <summary>A few words that ask again, changed, what was just shown: "what about …", "and …?", "…呢".</summary>
    internal static bool IsFollowUp(string text) => text.Length <= LongestFollowUp && FollowUp().IsMatch(text);

    [GeneratedRegex(@"\bwhich\b|\bwhat deals\b|哪(?:个|些|几个)", RegexOptions.IgnoreCase)]
    private static partial Regex WhichDeals();

    [GeneratedRegex(@"^(?:(?:ok(?:ay)?|so|and|now)[,\s]+)?(?:what about|how about|and|same for|only|just|now|then|which)\b|\?$|呢[?？]?$|^(?:那|那么|那如果|只看|就看|只要|换成)|[?？]$|^(?:不对|不是)[，,\s]*(?:我是说|我说的是|是)|^(?:no|sorry|actually)[,\s]+i meant?\b", RegexOptions.IgnoreCase)]
    private static partial Regex FollowUp();
}
