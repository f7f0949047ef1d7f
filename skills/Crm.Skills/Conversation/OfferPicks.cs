using System.Text;
using System.Text.RegularExpressions;
using Crm.Skills.Understanding.Engine;
using Crm.Skills.Understanding.Language;
using Crm.Skills.Understanding.Plan;

namespace Crm.Skills.Conversation;

/// <summary>
/// Reads a reply to the follow-ups a transcript offered, part by part: "do both", "just the first one", "只加第一个就行",
/// "报价那个加上就行" (the words of an offer's title), "培训计划不用", "no tasks needed", "make the second one due thursday
/// instead", "第一个改到下周一". A part that is none of these ("set T-509 to waiting on customer") is the rest of the
/// message, a request of its own. Null when no part answers the offer.
/// </summary>
public static partial class OfferPicks
{
    public sealed record Picks(IReadOnlyList<int> Chosen, IReadOnlyDictionary<int, DateOnly> DueDates, string? Rest);

    public static Picks? Read(string text, IReadOnlyList<PlannedAction> offers, TurnContext ctx)
    {
        var all = Enumerable.Range(0, offers.Count).ToList();
        // "ok", "好的": a bare yes is all of them; said before a request ("ok update the amount to 66k") it is only a lead-in.
        if (BareYes().IsMatch(text.Trim()))
            return new Picks(all, new Dictionary<int, DateOnly>(), null);
        var picked = new SortedSet<int>();
        var dropped = new HashSet<int>();
        var due = new Dictionary<int, DateOnly>();
        var rest = new StringBuilder();
        var answered = false;
        var previousWasRest = false;
        var tokens = Separator().Split(text);
        for (var t = 0; t < tokens.Length; t += 2)
        {
            var part = Filler().Replace(tokens[t], " ").Trim();
            // "好的，加上吧": a yes before the answer is only its lead-in.
            if (part.Length == 0 || BareYes().IsMatch(part))
            {
                previousWasRest = false;
                continue;
            }
            if (Meant(part, offers, ctx, out var date) is not { } meant)
            {
                rest.Append(rest.Length == 0 ? "" : previousWasRest ? tokens[t - 1] : LanguageDetector.IsChinese(part) ? "，" : ", ").Append(part);
                previousWasRest = true;
                continue;
            }
            previousWasRest = false;
            answered = true;
            var indices = meant.Count > 0 ? meant : all;
            if (Decline().IsMatch(part))
                dropped.UnionWith(indices);
            else
                picked.UnionWith(indices);
            if (date is { } day)
                foreach (var i in indices.Where(i => offers[i] is CreateTask))
                    due[i] = day;
        }
        if (!answered)
            return null;
        var rested = TextParts.Tidy(rest.ToString());
        return new Picks([.. picked.Where(i => !dropped.Contains(i))], due, rested.Length > 0 ? rested : null);
    }

    /// <summary>
    /// The offers a part of the reply is about (empty: not said which, so all of them), or null when the part says more
    /// than an answer to the offer does. <paramref name="date"/> is a day said for them ("make the second one due thursday").
    /// </summary>
    private static List<int>? Meant(string part, IReadOnlyList<PlannedAction> offers, TurnContext ctx, out DateOnly? date)
    {
        var dates = ctx.Dates(DateDirection.Future);
        date = DateReader.FindAll(part, dates).Select(d => (DateOnly?)d.Date).FirstOrDefault();
        var left = TextParts.WithoutDates(part, dates);
        int? position = null;
        if (Ordinal().Match(left) is { Success: true } ordinal && OrdinalReader.TryRead(ordinal.Value, out var n))
        {
            position = n == OrdinalReader.Last ? offers.Count - 1 : n - 1;
            left = left.Remove(ordinal.Index, ordinal.Length);
        }
        var allOfThem = AllOfThem().IsMatch(left);
        var tasks = TaskWord().IsMatch(left);
        left = AnswerWords().Replace(TaskWord().Replace(AllOfThem().Replace(Decline().Replace(left, " "), " "), " "), " ");
        var words = ContentWords.Of(left);
        if (words.Count > 0)
        {
            // "the order form one", "报价那个": the offers whose titles hold every word said.
            var titled = Enumerable.Range(0, offers.Count).Where(i => offers[i] is CreateTask task && words.IsSubsetOf(ContentWords.Of(task.Title))).ToList();
            return titled.Count > 0 ? titled : null;
        }
        if (position is { } p)
            return p >= 0 && p < offers.Count ? [p] : null;
        if (tasks && !allOfThem)
            return [.. Enumerable.Range(0, offers.Count).Where(i => offers[i] is CreateTask)];
        // "yes please", "no thanks", "both": said which way, not which one. "thanks" alone, or a date alone, is no answer.
        return allOfThem || Accept().IsMatch(part) || Decline().IsMatch(part) ? [] : null;
    }

    /// <summary>Between parts of a reply: punctuation, "and", "but", "另外", "不过".</summary>
    [GeneratedRegex(@"([，；。！？、]\s*|[,;!?](?=\s|$)\s*|\.(?=\s|$)\s*|\s+(?:and|but|also|plus|then)\s+|另外|不过|但是|然后|顺便|同时)", RegexOptions.IgnoreCase)]
    private static partial Regex Separator();

    [GeneratedRegex(@"\bthat'?s (?:all|it)\b|\bnothing else\b|就这些|就这样|没别的了", RegexOptions.IgnoreCase)]
    private static partial Regex Filler();

    [GeneratedRegex(@"^(?:ok(?:ay)?|k|fine|yes|yep|yeah|sure|好的?|行|嗯|可以|是的?|对)[\s!.。！~]*$", RegexOptions.IgnoreCase)]
    private static partial Regex BareYes();

    // "the first one", "2nd", "number 2", "第一个", "最后一个": read by OrdinalReader.
    [GeneratedRegex(@"(?:\bthe\s+)?\b(?:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\b(?:\s+(?:one|task|item|follow-?up))?|(?<=(?:\b(?:apply|add|do|option|number|no\.?|item)|应用|选)\s*#?\s*)\d\b|^\s*#?\d\s*$|第[一二三四五1-5](?:个|条|项)?|最后(?:一个|一条|那个)", RegexOptions.IgnoreCase)]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"\b(?:both|all|everything|each|them)\b|两个都|都|全部|全都|所有", RegexOptions.IgnoreCase)]
    private static partial Regex AllOfThem();

    [GeneratedRegex(@"\b(?:tasks?|to-?dos?|follow-?ups?|reminders?)\b|待办|任务|提醒|后续事项", RegexOptions.IgnoreCase)]
    private static partial Regex TaskWord();

    [GeneratedRegex(@"\b(?:no|nope|nah|don'?t|do not|skip|drop|leave|without|not|none|neither)\b|\bno need\b|不用|不要|不需要|不必|算了|别|免了|先不", RegexOptions.IgnoreCase)]
    private static partial Regex Decline();

    [GeneratedRegex(@"\b(?:yes|yep|yeah|yup|sure|add|do|apply|include|keep|create|take|go ahead|sounds good|please do)\b|加上|添加|加|都要|要|应用|可以|是的|好的|好|行", RegexOptions.IgnoreCase)]
    private static partial Regex Accept();

    /// <summary>Words that say yes, pick or move a date, and nothing about which offer: "add", "just", "due", "加上", "就行", "改到".</summary>
    [GeneratedRegex(@"\b(?:yes|yep|yeah|yup|sure|please|pls|add|do|apply|include|keep|create|take|go ahead|sounds good|just|only|make|move|change|set|push|due|date|instead|needed|need|thanks|thank you|that's all|one|ones|the|it|them|to|on|for|by|ok|okay|great|perfect)\b|加上|添加|加|都要|要|应用|可以|是的|好的|好|行|吧|就行|就好|就可以|只|也|那个|这个|一下|改到|改成|改为|推到|挪到|调到|延到|截止|到期|日期|时间|改|谢谢|了", RegexOptions.IgnoreCase)]
    private static partial Regex AnswerWords();
}
