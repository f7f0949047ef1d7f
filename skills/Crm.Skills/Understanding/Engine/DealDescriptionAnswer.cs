using System.Text.RegularExpressions;
using Crm.Data.Deals;
using Crm.Skills.Understanding.Index;
using Crm.Skills.Understanding.Language;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// An answer to "which deal?" that points at a candidate by its stage or its size instead of its name or place:
/// "the proposal one", "the one in negotiation", "谈判那个", "the 35k one", "the bigger one", "小的那个". The whole
/// answer must be that description (one stage or one size, perhaps the account's name, and pointing words such as
/// "the one", "那个", "阶段的"), so a new request that names a stage or an amount ("move it to negotiation", "make
/// it 40k") is not taken for a pick.
/// </summary>
internal static partial class DealDescriptionAnswer
{
    private static readonly HashSet<string> EnglishPointing = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "one", "ones", "that", "this", "which", "s", "is", "in", "at", "stage", "phase", "still", "currently", "already",
        "now", "deal", "opportunity", "opp", "i", "mean", "please", "pls", "it", "its", "ok", "okay", "um", "uh", "oh",
        "worth", "for", "about", "around", "amount",
    };

    private static readonly HashSet<string> Smaller = new(StringComparer.OrdinalIgnoreCase) { "small", "smaller", "smallest", "little", "lower", "cheaper", "cheapest" };

    private static readonly HashSet<string> Larger = new(StringComparer.OrdinalIgnoreCase) { "big", "bigger", "biggest", "large", "larger", "largest", "higher", "huge" };

    // Longest first, so "那个" is read before "那".
    private static readonly string[] ChinesePointing =
    [
        "我说的", "我指的", "那一个", "那个", "这个", "那单", "这单", "那笔", "阶段", "处于", "还在", "正在", "目前", "现在",
        "已经", "商机", "单子", "项目", "指的", "说的", "金额", "那", "这", "个", "的", "在", "是", "吧", "呢", "啊", "嗯", "呀", "就", "还",
    ];

    // Longest first, as the pointing words.
    private static readonly string[] ChineseSmaller = ["小一点", "小一些", "少一点", "最小", "小", "少"];

    private static readonly string[] ChineseLarger = ["大一点", "大一些", "多一点", "最大", "大", "多"];

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

    /// <summary>
    /// The one deal of <paramref name="pool"/> the answer describes by its size: the one whose amount is nearest an
    /// amount said (within a tenth of it), or the smallest or largest when the answer says only that.
    /// </summary>
    public static string? PickBySize(string answer, IEnumerable<string> pool, string? accountText, StoreIndex index)
    {
        if (SizeDescribed(answer, accountText) is not { } size)
            return null;
        var sized = pool.Distinct().Select(id => index.Deals.GetValueOrDefault(id)).OfType<IndexedDeal>()
            .Where(d => d.Amount is not null).Select(d => (d.Id, Amount: d.Amount!.Value)).ToList();
        if (size.Said is { } said)
            return Only(sized.Where(d => Math.Abs(d.Amount - said) <= said / 10).OrderBy(d => Math.Abs(d.Amount - said)), d => Math.Abs(d.Amount - said));
        return size.Larger ? Only(sized.OrderByDescending(d => d.Amount), d => d.Amount) : Only(sized.OrderBy(d => d.Amount), d => d.Amount);
    }

    /// <summary>
    /// The one deal of <paramref name="pool"/> closing in the days the answer describes it by: "the one closing this month",
    /// "the one that closes in December", "这个月关单的那个".
    /// </summary>
    public static string? PickByCloseDate(string answer, IEnumerable<string> pool, string? accountText, TurnContext ctx)
    {
        if (Closing().Match(answer) is not { Success: true } closing || DateReader.FindAll(answer, ctx.Dates(DateDirection.Future)) is not [var when])
            return null;
        var rest = answer.ToCharArray();
        Array.Fill(rest, ' ', closing.Index, closing.Length);
        Array.Fill(rest, ' ', when.Start, when.Length);
        if (!OnlyPointing(WithoutAccount(TextNormalizer.Fold(new string(rest)), accountText)))
            return null;
        var (from, to) = Days(when);
        var fitting = pool.Where(id => ctx.Index.Deals.TryGetValue(id, out var deal) && deal.CloseDate >= from && deal.CloseDate <= to).Distinct().Take(2).ToList();
        return fitting.Count == 1 ? fitting[0] : null;
    }

    /// <summary>The days a date said covers: a month or week said without a day is all of it.</summary>
    private static (DateOnly From, DateOnly To) Days(DateMention when) => when.Kind switch
    {
        _ when when.End is { } end => (when.Date, end),
        DateKind.Month => (when.Date, when.Date.AddMonths(1).AddDays(-1)),
        DateKind.Week => (when.Date, when.Date.AddDays(6)),
        _ => (when.Date, when.Date),
    };

    // "closing", "that closes", "due to close", "关单的", "签的": what the day said is of the deal.
    [GeneratedRegex(@"\b(?:due\s+to\s+)?clos(?:e|es|ing)\b|\bsigning\b|关单|成交|签约|签单", RegexOptions.IgnoreCase)]
    private static partial Regex Closing();

    /// <summary>The first of deals ordered by a figure, when no other deal shares its figure.</summary>
    private static string? Only(IEnumerable<(string Id, decimal Amount)> ordered, Func<(string Id, decimal Amount), decimal> figure)
    {
        var firstTwo = ordered.Take(2).ToList();
        return firstTwo.Count switch
        {
            1 => firstTwo[0].Id,
            2 when figure(firstTwo[0]) != figure(firstTwo[1]) => firstTwo[0].Id,
            _ => null,
        };
    }

    /// <summary>True when the whole answer describes a deal by its stage or its size.</summary>
    public static bool DescribesADeal(string answer) => StageDescribed(answer) is not null || SizeDescribed(answer, null) is not null;

    /// <summary>An amount the whole answer names a deal by ("the 35k one"), or whether it asks for the larger or the smaller.</summary>
    private static (decimal? Said, bool Larger)? SizeDescribed(string answer, string? accountText)
    {
        var folded = TextNormalizer.Fold(answer);
        var amounts = AmountReader.FindAll(folded);
        if (amounts.Count > 1 || Vocabulary.DealStages(answer).Count > 0)
            return null;
        if (amounts is [var amount])
        {
            var rest = folded.ToCharArray();
            Array.Fill(rest, ' ', amount.Start, amount.Length);
            return amount.Value > 0 && OnlyPointing(WithoutAccount(new string(rest), accountText)) ? (amount.Value, false) : null;
        }
        var text = WithoutAccount(folded, accountText);
        foreach (var (larger, english, chinese) in new[] { (false, Smaller, ChineseSmaller), (true, Larger, ChineseLarger) })
        {
            var without = WithoutWords(text, english, chinese);
            if (without != text && OnlyPointing(without))
                return (null, larger);
        }
        return null;
    }

    /// <summary>The text with the given English words and Chinese words blanked out.</summary>
    private static string WithoutWords(string text, HashSet<string> english, string[] chinese)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length;)
        {
            if (char.IsAsciiLetter(chars[i]))
            {
                var start = i;
                while (i < chars.Length && char.IsAsciiLetter(chars[i]))
                    i++;
                if (english.Contains(text[start..i]))
                    Array.Fill(chars, ' ', start, i - start);
                continue;
            }
            var word = Array.Find(chinese, w => text.AsSpan(i).StartsWith(w, StringComparison.Ordinal));
            if (word is not null)
                Array.Fill(chars, ' ', i, word.Length);
            i += word?.Length ?? 1;
        }
        return new string(chars);
    }

    /// <summary>The stage the whole answer describes a deal by, or null when it is not such a description.</summary>
    public static DealStage? StageDescribed(string answer, string? accountText = null)
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
