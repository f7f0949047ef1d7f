using Crm.Skills.Understanding.Index;
using Crm.Skills.Understanding.Language;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// An answer to "which deal?" that points at a candidate by its stage instead of its name or place:
/// "the proposal one", "the one in negotiation", "谈判那个", "在报价阶段的那个". The whole answer must be
/// that description (one stage, perhaps the account's name, and pointing words such as "the one",
/// "那个", "阶段的"), so a new request that names a stage ("move it to negotiation") is not taken for a pick.
/// </summary>
internal static class DealStageAnswer
{
    private static readonly HashSet<string> EnglishPointing = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "one", "ones", "that", "this", "which", "s", "is", "in", "at", "stage", "phase", "still", "currently",
        "now", "deal", "opportunity", "opp", "i", "mean", "please", "pls", "it", "its", "ok", "okay", "um", "uh", "oh",
    };

    // Longest first, so "那个" is read before "那".
    private static readonly string[] ChinesePointing =
    [
        "我说的", "我指的", "那一个", "那个", "这个", "那单", "这单", "那笔", "阶段", "处于", "还在", "正在", "目前", "现在",
        "已经", "商机", "单子", "项目", "指的", "说的", "那", "这", "个", "的", "在", "是", "吧", "呢", "啊", "嗯", "呀", "就", "还",
    ];

    /// <summary>
    /// The one deal of <paramref name="pool"/> at the stage the answer describes; null when no single stage is
    /// said, the answer says more than that, or no deal or several deals are at that stage.
    /// </summary>
    /// <param name="accountText">The words that named the account in the answer, if it named one: they may stand beside the stage.</param>
    public static string? Pick(string answer, IEnumerable<string> pool, string? accountText, StoreIndex index)
    {
        if (StageDescribed(answer, accountText) is not { } stage)
            return null;
        var fitting = pool.Where(id => index.Deals.TryGetValue(id, out var deal) && deal.Stage == stage).Distinct().Take(2).ToList();
        return fitting.Count == 1 ? fitting[0] : null;
    }

    /// <summary>The stage the whole answer describes a deal by, or null when it is not such a description.</summary>
    public static Crm.Data.Deals.DealStage? StageDescribed(string answer, string? accountText = null)
    {
        var stages = Vocabulary.DealStages(answer);
        if (stages.Count == 0 || stages.Any(s => s.Negated) || stages.Select(s => s.Value).Distinct().Count() != 1)
            return null;
        var rest = TextNormalizer.Fold(answer).ToCharArray();
        foreach (var said in stages)
            Array.Fill(rest, ' ', said.Start, said.Length);
        return OnlyPointing(WithoutAccount(new string(rest), accountText)) ? stages[0].Value : null;
    }

    private static string WithoutAccount(string text, string? accountText)
    {
        if (string.IsNullOrWhiteSpace(accountText))
            return text;
        var at = text.IndexOf(accountText, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? text : string.Concat(text.AsSpan(0, at), " ", text.AsSpan(at + accountText.Length));
    }

    /// <summary>True when nothing but pointing words, spaces and punctuation is left.</summary>
    private static bool OnlyPointing(string text)
    {
        for (var i = 0; i < text.Length;)
        {
            if (char.IsWhiteSpace(text[i]) || char.IsPunctuation(text[i]) || char.IsSymbol(text[i]))
            {
                i++;
                continue;
            }
            if (char.IsAsciiLetterOrDigit(text[i]))
            {
                var start = i;
                while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
                    i++;
                if (!EnglishPointing.Contains(text[start..i]))
                    return false;
                continue;
            }
            var word = Array.Find(ChinesePointing, w => text.AsSpan(i).StartsWith(w, StringComparison.Ordinal));
            if (word is null)
                return false;
            i += word.Length;
        }
        return true;
    }
}
