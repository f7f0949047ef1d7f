namespace Crm.Skills.Understanding.Language;

/// <summary>
/// A count said in either language: "3", "three", "a", "a couple of", "十", "两". For spans of days, weeks and months
/// (<see cref="DayCounts"/>, <see cref="DateShifts"/>); amounts of money have their own reader.
/// </summary>
public static class SpokenCounts
{
    /// <summary>The count <paramref name="words"/> say, or null when they say none.</summary>
    public static long? Read(string words)
    {
        var said = words.Trim().ToLowerInvariant();
        if (said is "a" or "an" or "one")
            return 1;
        if (said.Contains("couple", StringComparison.Ordinal))
            return 2;
        return long.TryParse(said, out var digits) ? digits
            : EnglishNumbers.TryParse(said, out var english) ? english
            : ChineseNumerals.TryParse(said, out var chinese) ? chinese
            : null;
    }
}
