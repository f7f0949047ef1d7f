using System.Text.RegularExpressions;

namespace Crm.Skills.Understanding.Language;

/// <summary>One date pattern and how a match of it resolves against the context (null: not a date after all).</summary>
internal sealed record DateRule(Regex Pattern, Func<Match, DateContext, string, DateMention?> Resolve)
{
    public void FindAll(string text, DateContext ctx, List<DateMention> found)
    {
        for (var m = Pattern.Match(text); m.Success; m = m.NextMatch())
        {
            if (Resolve(m, ctx, text) is { } mention)
            {
                found.Add(mention);
            }
        }
    }

    public static DateMention At(Match m, DateOnly date, DateKind kind, bool vague = false, DateOnly? end = null) =>
        new(date, null, m.Index, m.Length, kind, vague) { End = end };

    public static DateMention Period(Match m, DateOnly first, DateOnly last, DateKind kind = DateKind.Period, bool vague = false) =>
        new(first, null, m.Index, m.Length, kind, vague) { End = last };
}
