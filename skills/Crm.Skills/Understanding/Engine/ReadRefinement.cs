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
        if (text.Length > LongestFollowUp || !FollowUp().IsMatch(text) || (IntentClassifier.Classify(text) != Intent.None && !WhichDeals().IsMatch(text))
            || AccountResolver.Resolve(ctx.Index, text) is { IsNone: false })
            return null;
        var period = ReadInterpreter.PeriodOf(text, ctx);
        var whose = ReadInterpreter.Named(text, ctx) ?? (ReadInterpreter.ScopeSaid(text) is { } scope ? new DealsOf(scope) : null);
        var stage = ReadInterpreter.StageAsked(text);
        if (period is null && whose is null && stage is null)
            return null;
        // "which of those close this year?", "谈判阶段的那个是哪个客户？": the deals themselves, not the totals again.
        return asked.Pipeline && stage is null && !WhichDeals().IsMatch(text)
            ? new PipelineRead(whose ?? asked.Whose, period ?? asked.Period)
            : new DealListRead(whose ?? asked.Whose, period ?? asked.Period, OpenOnly: true, stage);
    }

    /// <summary>A few words that ask again, changed, what was just shown: "what about …", "and …?", "…呢".</summary>
    internal static bool IsFollowUp(string text) => text.Length <= LongestFollowUp && FollowUp().IsMatch(text);

    [GeneratedRegex(@"\bwhich\b|\bwhat deals\b|哪(?:个|些|几个)", RegexOptions.IgnoreCase)]
    private static partial Regex WhichDeals();

    [GeneratedRegex(@"^(?:(?:ok(?:ay)?|so|and|now)[,\s]+)?(?:what about|how about|and|same for|only|just|now|then|which)\b|\?$|呢[?？]?$|^(?:那|那么|那如果|只看|就看|只要|换成)|[?？]$", RegexOptions.IgnoreCase)]
    private static partial Regex FollowUp();
}
