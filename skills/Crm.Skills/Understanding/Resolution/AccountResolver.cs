using Crm.Skills.Understanding.Index;

namespace Crm.Skills.Understanding.Resolution;

/// <summary>Which account a piece of text names: by name, alias, partial name or a one-letter typo.</summary>
public static class AccountResolver
{
    public static Resolved Resolve(StoreIndex index, string text)
    {
        var mentions = MentionFinder.Find(index.AccountNames, text, allowTypos: true);
        if (mentions.Count == 0)
            return Resolved.None;
        var best = mentions.GroupBy(m => m.Id)
            .Select(g => g.OrderByDescending(m => m.Quality).ThenByDescending(m => m.Length).First())
            .OrderByDescending(m => m.Quality).ThenByDescending(m => m.Length).ToList();
        var top = best[0];
        var tied = best.Where(m => m.Quality >= top.Quality - 0.001 && m.Length == top.Length).ToList();
        // Two different places in the text naming two different accounts equally well is ambiguous too.
        if (tied.Count == 1)
            return Resolved.One(top.Id, $"{top.How} '{top.MatchedText}'", top.Quality, top.MatchedText);
        return Resolved.Many([.. tied.Select(m => m.Id)], $"several accounts fit '{top.MatchedText}'", top.MatchedText);
    }
}
