namespace Crm.Skills.Understanding.Language;

/// <summary>
/// Finds dates (and times of day) in English and Chinese and resolves them against the user's today,
/// following the product's date rules (bare weekday = next after today when planning, latest before
/// today when reporting; "next Friday"/"下周五" = the following calendar week; "end of quarter" =
/// the calendar quarter's last day; "mid December" = the 15th; "12/15" is month/day).
/// "next month" and "next week" alone come back flagged <see cref="DateMention.Vague"/> (the 1st /
/// the first day of the week) so a caller setting a due date can ask which day is meant.
/// </summary>
public static class DateReader
{
    private static readonly DateRule[][] EnglishRules = [EnglishDates.Rules, EnglishPeriods.Rules, Counting.Rules];

    private static readonly DateRule[][] ChineseRules = [ChineseDates.Rules, ChinesePeriods.Rules];

    /// <summary>Every date phrase in the text, in order, without overlaps (the longest phrase wins).</summary>
    public static IReadOnlyList<DateMention> FindAll(string text, DateContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = TextNormalizer.Fold(text);
        var found = new List<DateMention>();
        // Each script's rules only run when the text has that script, which halves the work for most messages.
        if (folded.AsSpan().IndexOfAnyInRange('A', 'z') >= 0 || folded.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
        {
            Run(EnglishRules, folded, context, found);
        }

        if (LanguageDetector.CountIdeographs(folded) > 0)
        {
            Run(ChineseRules, folded, context, found);
        }

        var dates = Spans.RemoveOverlaps(found, static d => d.Start, static d => d.Length);
        var times = new List<(TimeOnly Time, int Start, int Length)>();
        TimeOfDay.FindAll(folded, times);
        return times.Count == 0 ? dates : TimeAttacher.Attach(folded, dates, times, context);
    }

    private static void Run(DateRule[][] ruleSets, string text, DateContext context, List<DateMention> found)
    {
        foreach (var rules in ruleSets)
        {
            foreach (var rule in rules)
            {
                rule.FindAll(text, context, found);
            }
        }
    }

    /// <summary>The first date phrase in the text, if any.</summary>
    public static bool TryReadFirst(string text, DateContext context, out DateMention date)
    {
        var all = FindAll(text, context);
        date = all.Count > 0 ? all[0] : default;
        return all.Count > 0;
    }
}
