using Crm.Skills.Understanding.Index;

namespace Crm.Skills.Understanding.Resolution;

/// <summary>
/// Which deal a piece of text means: by the words of its name ("the ERP deal", "渠道CRM"), or as
/// the only open deal of the account in context. Won and lost deals are not open, so not candidates.
/// </summary>
public static class DealResolver
{
    public static Resolved Resolve(StoreIndex index, string text, string? accountId, string? ownerId, bool needed)
    {
        var scores = new Dictionary<string, (double Score, List<string> Words)>();
        foreach (var m in MentionFinder.Find(index.DealWords, text))
        {
            var deal = index.Deals[m.Id];
            if (!deal.IsOpen || (accountId is not null && deal.AccountId != accountId) || (ownerId is not null && deal.OwnerId != ownerId))
                continue;
            var entry = scores.TryGetValue(m.Id, out var e) ? e : (0, []);
            if (!entry.Words.Contains(m.MatchedText))
            {
                entry.Words.Add(m.MatchedText);
                entry = (entry.Score + m.Quality, entry.Words);
            }
            scores[m.Id] = entry;
        }
        if (scores.Count > 0)
        {
            var top = scores.Max(s => s.Value.Score);
            var tied = scores.Where(s => s.Value.Score >= top - 0.001).Select(s => s.Key).ToList();
            var words = string.Join(", ", scores[tied[0]].Words);
            return tied.Count == 1
                ? Resolved.One(tied[0], $"deal name words '{words}'", top, words)
                : Resolved.Many(tied, $"several deals fit '{words}'", words);
        }
        if (accountId is null)
            return needed && ownerId is not null ? Resolved.Many([.. OpenDealsOwnedBy(index, ownerId)], "deals of that owner", null) : Resolved.None;
        var open = index.OpenDealsOf(accountId).Where(d => ownerId is null || d.OwnerId == ownerId).Select(d => d.Id).ToList();
        if (open.Count == 1)
            return Resolved.One(open[0], "the account's only open deal", 0.9, null);
        return needed ? Resolved.Many(open, "the account has several open deals", null) : Resolved.None;
    }

    private static IEnumerable<string> OpenDealsOwnedBy(StoreIndex index, string ownerId) =>
        index.OpenDealsOwnedBy(ownerId).Select(d => d.Id).Take(MaxChoices);

    /// <summary>A question offers at most this many records; more than that, the user should say more.</summary>
    public const int MaxChoices = 10;
}
