using System.Text.RegularExpressions;

namespace Crm.Skills.Understanding.Language;

/// <summary>
/// An amount said as a change of the current one rather than what it becomes: "加两万", "再涨5万", "降一万",
/// "add 20k", "bump the ERP deal by 20k", "cut it by 5k". "加到五十万" and "up to 50k" say what it becomes, so they are no change.
/// </summary>
public static partial class AmountChanges
{
    /// <summary>The signed difference said, or null when the message says no amount as a change.</summary>
    public static decimal? Difference(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match cue in Cue().Matches(text))
        {
            var after = cue.Index + cue.Length;
            if (AmountReader.DealAmounts(text[after..]).Take(1).ToList() is [var amount] && amount.Start == 0)
                return cue.Groups["down"].Success ? -amount.Value : amount.Value;
        }
        return null;
    }

    // The amount must follow the cue at once: "加两万" is a change, "加到两万" and "加个联系人" are not. 多 and 少 alone
    // are left out, as in "差不多三十万" and "至少五万" they only hedge the amount.
    [GeneratedRegex(@"(?:再|又|还|也)?(?:(?:增加|追加|多加|上涨|上调|提高|调高|加|涨)(?:了|上)?|(?<down>(?:减少|下调|降低|调低|便宜|减|降|砍)(?:了|掉)?))\s*(?!到|至)"
        + @"|\b(?:add|plus|another)\s+|\b(?:bump|raise|increase|lift)\b[^,.;]{0,40}?\s+by\s+"
        + @"|\b(?<down>cut|reduce|lower|drop|decrease)\b[^,.;]{0,40}?\s+by\s+|\b(?<down>minus)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Cue();
}
