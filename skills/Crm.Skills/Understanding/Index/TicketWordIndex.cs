using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Crm.Skills.Understanding.Index;

/// <summary>
/// Words of ticket titles and descriptions to tickets, so "the SSO ticket" or "关于登录的那个工单" finds
/// its ticket by looking up the message's words, never by reading every ticket's text. English words
/// are folded and lightly stemmed; Chinese, which has no spaces, is indexed as character bigrams.
/// A title word counts for more than a word only in the description.
/// </summary>
public sealed class TicketWordIndex
{
    public const double TitleWeight = 1.0;
    public const double DescriptionWeight = 0.5;

    /// <summary>Words that say what kind of thing or change is meant, never which ticket.</summary>
    private static readonly FrozenSet<string> Generic = FrozenSet.Create(StringComparer.Ordinal,
        "the", "a", "an", "that", "this", "those", "these", "one", "it", "its", "is", "are", "was", "be", "been", "has", "have",
        "ticket", "case", "issue", "problem", "bug", "incident", "request", "about", "for", "with", "on", "at", "to", "of", "in",
        "and", "or", "from", "by", "as", "can", "you", "please", "me", "my", "we", "our", "they", "their", "them", "now", "not",
        "set", "mark", "make", "move", "change", "put", "add", "note", "comment", "assign", "give", "hand", "close", "closed",
        "resolve", "resolved", "fix", "fixed", "solve", "solved", "done", "reopen", "open", "status", "priority", "urgent",
        "high", "low", "normal", "medium", "pending", "waiting", "customer", "progress", "working", "still", "again", "new",
        "工单", "关于", "那个", "这个", "问题", "一下", "已经", "改成", "改为", "设为", "处理", "客户", "的工", "个工", "的那",
        "解决", "已解", "决了", "理中", "跟进", "进中", "关闭", "优先", "先级", "备注", "分给", "给我", "搞定", "修好", "好了", "状态");

    // Persistent collections: a copy with one more ticket shares all but a few tree nodes with this one, so adding
    // a ticket costs the same with ten tickets or ten thousand (copying the lists of common words grew with every ticket).
    private readonly ImmutableDictionary<string, ImmutableList<(string Id, double Weight)>> _postings;

    public TicketWordIndex() : this(ImmutableDictionary.Create<string, ImmutableList<(string Id, double Weight)>>(StringComparer.Ordinal))
    {
    }

    private TicketWordIndex(ImmutableDictionary<string, ImmutableList<(string Id, double Weight)>> postings) => _postings = postings;

    /// <summary>
    /// A copy with more tickets, leaving this one as it is: readers of the cached index never see it
    /// change.
    /// </summary>
    internal TicketWordIndex With(IEnumerable<(string Id, string Title, string? Description)> tickets)
    {
        var postings = _postings.ToBuilder();
        foreach (var (id, title, description) in tickets)
            foreach (var (key, weight) in Weights(title, description))
                postings[key] = postings.TryGetValue(key, out var list) ? list.Add((id, weight)) : [(id, weight)];
        return new TicketWordIndex(postings.ToImmutable());
    }

    private static Dictionary<string, double> Weights(string title, string? description)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var key in Keys(description))
            weights[key] = DescriptionWeight;
        foreach (var key in Keys(title))
            weights[key] = TitleWeight;
        return weights;
    }

    /// <summary>Tickets sharing words with the text, each with the summed weight of the words it shares.</summary>
    public Dictionary<string, double> Match(string text)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var key in Keys(text))
            if (_postings.TryGetValue(key, out var hits))
                foreach (var (id, weight) in hits)
                    scores[id] = scores.GetValueOrDefault(id) + weight;
        return scores;
    }

    /// <summary>The index keys of a text: folded, stemmed English words and Chinese bigrams, without generic words.</summary>
    public static IEnumerable<string> Keys(string? text)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in NameText.Tokens(text))
        {
            if (!NameText.HasCjk(token))
            {
                var word = Stem(token);
                if (word.Length >= 2 && !Generic.Contains(word) && !Generic.Contains(token) && !token.All(char.IsDigit))
                    keys.Add(word);
                continue;
            }
            for (var i = 0; i + 2 <= token.Length; i++)
            {
                var bigram = token.Substring(i, 2);
                if (!Generic.Contains(bigram))
                    keys.Add(bigram);
            }
        }
        return keys;
    }

    /// <summary>Plural and -ing forms meet their stem ("invoices", "logins", "syncing").</summary>
    private static string Stem(string word) =>
        word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal) ? word[..^3]
        : word.Length > 4 && word.EndsWith("es", StringComparison.Ordinal) && !word.EndsWith("ses", StringComparison.Ordinal) ? word[..^1]
        : word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1]
        : word;
}
