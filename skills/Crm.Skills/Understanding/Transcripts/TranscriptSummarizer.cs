using System.Text.RegularExpressions;

namespace Crm.Skills.Understanding.Transcripts;

/// <summary>
/// An extractive summary: the few most informative things said (figures, prices, dates, products,
/// problems and fixes), in the order they were said, in the speakers' own words.
/// </summary>
public static partial class TranscriptSummarizer
{
    public static string Summarize(IReadOnlyList<Utterance> utterances, int take = 4)
    {
        var picked = utterances
            .Select((u, i) => (u, i, Score: Score(u.Text)))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score).ThenBy(x => x.i)
            .Take(take)
            .OrderBy(x => x.i)
            .Select(x => $"{x.u.Speaker}: {x.u.Text}");
        return string.Join(" ", picked);
    }

    private static int Score(string text)
    {
        var score = 0;
        if (Figure().IsMatch(text)) score += 2;
        score += Math.Min(3, Informative().Matches(text).Count * 2);
        if (text.Length > 40 || text.Count(c => c >= '\u4e00' && c <= '\u9fff') > 15) score += 1;
        if (Chatter().IsMatch(text)) score -= 3;
        return score;
    }

    [GeneratedRegex(@"\d|percent|%|[一二三四五六七八九十百千万]+(?:万|折|家|单|分钟|台)|\b(?:one|two|three|four|five|ten|twenty|hundred|thousand)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Figure();

    [GeneratedRegex(@"\b(?:price|pricing|discount|quote|proposal|contract|term|budget|pilot|phase[ds]?|validation|security|questionnaire|integration|erp|sso|demo|renewal|sign|deadline|timeline|issue|problem|error|errors|fix|bug|limit|batch|upgrade|firmware|licen[cs]e|scope|rollout|requirements?)\b|报价|折扣|九折|价格|优惠|合同|预算|试点|试用|实施|方案|问题|故障|升级|固件|版本|同步|对接|小程序|缴费|报名|自定义|字段|账号|费用|需求|上线|签约", RegexOptions.IgnoreCase)]
    private static partial Regex Informative();

    [GeneratedRegex(@"^(?:hi|hello|thanks|thank you|bye|talk soon|perfect|great|ok|okay|sure)\b|^(?:喂|您好|你好|谢谢|好的|行|没问题)[，,。!！]?$|good time\b|方便说两句", RegexOptions.IgnoreCase)]
    private static partial Regex Chatter();
}
