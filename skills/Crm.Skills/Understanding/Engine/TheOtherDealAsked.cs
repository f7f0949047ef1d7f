using System.Text.RegularExpressions;
using Crm.Skills.Understanding.Plan;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// "星河MES的关单日期是哪天" → "另一个呢", "and the other one?": after one deal was shown, the same question about its
/// customer's one other open deal, which is shown the same way.
/// </summary>
public static partial class TheOtherDealAsked
{
    public static DealRead? After(string text, ReadTopic shown, TurnContext ctx)
    {
        if (!OtherOneAlone().IsMatch(text.Trim()) || shown.Deals is not [var one])
            return null;
        return PreviousTopic.CustomersOtherOpenDeal(one, ctx) is { } other ? new DealRead(other) : null;
    }

    // Only the other one asked after, nothing changed: "另一个推到需求挖掘" is a write.
    [GeneratedRegex(@"^(?:(?:and|what about|how about|ok(?:ay)?|so)[,\s]+)*(?:the\s+)?other\s+(?:one|deal|opp(?:ortunity)?)\s*[?？]?$|^(?:那|那么)?(?:另(?:外)?一个(?:单子|商机)?|另一单)(?:呢|的呢)?\s*[?？]?$", RegexOptions.IgnoreCase)]
    private static partial Regex OtherOneAlone();
}
