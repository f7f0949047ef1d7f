using System.Text.RegularExpressions;

namespace Crm.Skills.Understanding.Language;

/// <summary>
/// The words of a short text that say what it is about, for matching one text against another ("sent
/// the contract" against the task "Send the contract to Lee"): English words without function words,
/// lightly stemmed (sent → send, proposals → proposal); Chinese as overlapping two-character pieces of
/// what is left once particles and grammar words are cut out (发合同 → 发合, 合同).
/// </summary>
public static partial class ContentWords
{
    private static readonly HashSet<string> Function = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "to", "with", "that", "this", "these", "those", "my", "our", "their", "his", "her", "its", "i", "you",
        "we", "they", "it", "me", "us", "can", "could", "would", "will", "should", "please", "pls", "as", "is", "are", "was",
        "were", "be", "been", "of", "for", "on", "in", "at", "about", "and", "or", "now", "just", "already", "one", "so", "ok",
        "okay", "thanks", "thank", "go", "ahead", "also", "have", "has", "had", "all", "off", "up", "out", "from", "by", "there",
        "i've", "i'm", "we've", "it's", "that's", "yes", "yeah", "hey", "hi", "then", "which", "what", "mark", "set", "finally",
        "today", "yesterday", "ago", "earlier", "re", "regarding", "some", "any", "got", "get", "did", "do", "does", "am",
    };

    private static readonly Dictionary<string, string> Irregular = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sent"] = "send", ["wrote"] = "write", ["written"] = "write", ["made"] = "make", ["met"] = "meet", ["paid"] = "pay",
        ["bought"] = "buy", ["gave"] = "give", ["given"] = "give", ["spoke"] = "speak", ["spoken"] = "speak", ["took"] = "take",
        ["taken"] = "take", ["brought"] = "bring", ["told"] = "tell", ["rang"] = "ring", ["did"] = "do", ["done"] = "do",
        ["went"] = "go", ["chose"] = "choose", ["drew"] = "draw", ["drawn"] = "draw", ["signed"] = "sign",
    };

    /// <summary>Cut out before Chinese pieces are taken: particles, measure words, "把…给…" grammar.</summary>
    [GeneratedRegex(@"那个|这个|那条|这条|那件|这件|一下|可以|已经|帮我|麻烦|把|将|的|了|吧|啦|呢|啊|我|你|给|跟|和|请|都|也|就|个|条|件|已|要|去|再")]
    private static partial Regex ChineseGrammar();

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}]+")]
    private static partial Regex ChineseRun();

    [GeneratedRegex(@"[A-Za-z][A-Za-z'-]*|\d+")]
    private static partial Regex EnglishWord();

    public static HashSet<string> Of(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in EnglishWord().Matches(text))
        {
            var word = m.Value.ToLowerInvariant().Trim('\'', '-');
            if (word.Length > 1 && !Function.Contains(word))
                words.Add(NoFinalE(Stem(word)));
        }
        foreach (Match run in ChineseRun().Matches(ChineseGrammar().Replace(text, " ")))
            for (var i = 0; i + 2 <= run.Value.Length; i++)
                words.Add(run.Value.Substring(i, 2));
        return words;
    }

    /// <summary>"closed" stems to "clos", so "close" loses its e too.</summary>
    private static string NoFinalE(string word) => word.Length > 3 && word[^1] == 'e' ? word[..^1] : word;

    private static string Stem(string word)
    {
        if (Irregular.TryGetValue(word, out var root))
            return root;
        if (word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal))
            return Undouble(word[..^3]);
        if (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal))
            return Undouble(word[..^2]);
        if (word.Length > 4 && word.EndsWith("es", StringComparison.Ordinal) && "sxz".Contains(word[^3]))
            return word[..^2];
        if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal))
            return word[..^1];
        return word;
    }

    /// <summary>"planned" → "plan".</summary>
    private static string Undouble(string stem) =>
        stem.Length > 2 && stem[^1] == stem[^2] && !"lsz".Contains(stem[^1]) ? stem[..^1] : stem;
}
