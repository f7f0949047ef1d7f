using Crm.Skills.Understanding.Index;
using Crm.Skills.Understanding.Language;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// A customer named and taken back in the same breath: only the one said after stays ("帮我建个新商机 海纳外贸 呃 不对
/// 是美家家居 门店巡检系统 八万", "log a call with Globex, no wait, Initech"). Customers' names need the store, so this is
/// not done with the other values <see cref="SelfCorrections"/> takes back while the text is normalized.
/// </summary>
internal static class CustomerTakenBack
{
    public static string Apply(string text, StoreIndex index)
    {
        // Where each customer's name is said in the text (a mention counts its place in words, not characters).
        var named = MentionFinder.Find(index.AccountNames, text).Where(m => m.Quality >= 0.8)
            .Select(m => (m.Id, Start: text.IndexOf(m.MatchedText, StringComparison.OrdinalIgnoreCase), m.MatchedText.Length))
            .Where(m => m.Start >= 0).OrderBy(m => m.Start).ToList();
        foreach (var (id, start, length) in named)
        {
            // The next customer said after this one, another than it, with only a cue between them.
            var end = start + length;
            if (named.FirstOrDefault(m => m.Start >= end && m.Id != id) is { Id: not null } instead && SelfCorrections.TakesBack(text, end, instead.Start, start))
                return string.Concat(text.AsSpan(0, start), text.AsSpan(instead.Start));
        }
        return text;
    }
}
