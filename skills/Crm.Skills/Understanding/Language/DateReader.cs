namespace Crm.Skills.Understanding.Language;

/// <summary>
/// Finds dates (and times of day) in English and Chinese and resolves them against the user's today,
/// following the product's date rules (bare weekday = next after today when planning, latest before
/// today when reporting; "next Friday"/"下周五" = the following calendar week; "last Friday"/"上周五" =
/// the previous calendar week's; "end of quarter" = the calendar quarter's last day, a quarter already
/// past this year meaning next year's; "mid December" = the 15th; "12/15" is month/day; a day and month
/// without a year is the next occurrence when planning and the latest when reporting).
/// "This Friday"/"本周五" is this calendar week's, rolled a week ahead when planning and it has passed.
/// "next month", "next week", "in January", "下周", "明年一月", weekends and "in a few days" come back
/// flagged <see cref="DateMention.Vague"/> (with the first day as Date and, for spans, End set), so a
/// caller setting a due date can ask which day is meant. "this quarter"/"本季度" and other spans to
/// filter by are <see cref="DateKind.Period"/>. Spans index the text as given: full-width characters
/// are folded one for one.
/// </summary>
public static class DateReader
{
    private static readonly DateRule[][] EnglishRules = [EnglishDates.Rules, EnglishPeriods.Rules, Counting.Rules, Holidays.EnglishRules];

    private static readonly DateRule[][] ChineseRules = [ChineseDates.Rules, ChinesePeriods.Rules, Holidays.ChineseRules];

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

        var dates = WeekdayBesideDate.Join(Spans.RemoveOverlaps(found, static d => d.Start, static d => d.Length), folded);
        var times = new List<(TimeOnly Time, int Start, int Length)>();
        TimeOfDay.FindAll(folded, times);
        return times.Count == 0 ? dates : TimeAttacher.Attach(folded, dates, times, context);
    }

    /// <summary>"Monday the 29th" when the 29th is a Sunday: a calendar date said with a weekday it does not fall on.</summary>
    public static NoSuchDate? WeekdayNotOnDate(string text, DateContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = TextNormalizer.Fold(text);
        var found = new List<DateMention>();
        Run(EnglishRules, folded, context, found);
        if (LanguageDetector.CountIdeographs(folded) > 0)
        {
            Run(ChineseRules, folded, context, found);
        }

        return WeekdayBesideDate.FirstDisagreement(Spans.RemoveOverlaps(found, static d => d.Start, static d => d.Length), folded);
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
