namespace Crm.Skills.Understanding.Language;

/// <summary>
/// A count of days, weeks or months said in either language, as days: "7 days", "two weeks", "a month",
/// "两周", "十天", "半个月". Used for windows such as "in the next 3 weeks" and "nothing logged in 2 weeks".
/// </summary>
public static class DayCounts
{
    /// <summary>The days <paramref name="count"/> of <paramref name="unit"/> make (a month is 30), or null when either is not read.</summary>
    public static int? Days(string count, string unit)
    {
        var half = count == "半";
        var n = count is "" or "个" ? 1 : half ? 0 : SpokenCounts.Read(count) ?? -1;
        if (n < 0 || n > 3650)
            return null;
        var u = unit.ToLowerInvariant();
        return u.StartsWith('d') || u == "天" ? (int)n
            : u.StartsWith('w') || u is "周" or "星期" or "礼拜" ? half ? 3 : (int)n * 7
            : u.StartsWith('m') || u == "月" ? half ? 15 : (int)n * 30
            : null;
    }
}
