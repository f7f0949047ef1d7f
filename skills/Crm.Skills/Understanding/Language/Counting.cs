using System.Text.RegularExpressions;
using static Crm.Skills.Understanding.Language.DateRule;

namespace Crm.Skills.Understanding.Language;

/// <summary>English counted offsets: "in two weeks", "in 3 days", "a week from now", "in a couple of days".</summary>
internal static partial class Counting
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string Count = @"\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+couple\s+(?:of\s+)?|couple\s+(?:of\s+)?|a\s+few|few";

    private const string Units = @"business\s+days?|working\s+days?|days?|weeks?|months?|years?";

    public static readonly DateRule[] Rules = [new(Offset(), Resolve)];

    [GeneratedRegex(CalendarWords.B + @"(?:(?:in|within|after)\s+(?<n>" + Count + @")\s*(?<u>" + Units + @")|(?<n>" + Count + @")\s*(?<u>" + Units + @")\s+(?:from\s+(?:now|today)|later|out))" + CalendarWords.B + @"|" + CalendarWords.B + @"in\s+a\s+fortnight" + CalendarWords.B, Options)]
    private static partial Regex Offset();

    private static DateMention? Resolve(Match m, DateContext ctx, string text)
    {
        if (!m.Groups["n"].Success)
        {
            return At(m, ctx.Today.AddDays(14), DateKind.Relative);
        }

        var count = m.Groups["n"].Value.Trim().ToLowerInvariant();
        var vague = count.Contains("few", StringComparison.Ordinal) || count.Contains("couple", StringComparison.Ordinal);
        var n = vague ? (count.Contains("few", StringComparison.Ordinal) ? 3 : 2)
            : count is "a" or "an" ? 1
            : int.TryParse(count, System.Globalization.CultureInfo.InvariantCulture, out var digits) ? digits
            : EnglishNumbers.TryParse(count, out var words) ? (int)words : 0;
        if (n <= 0)
        {
            return null;
        }

        var unit = m.Groups["u"].Value.ToLowerInvariant();
        var today = ctx.Today;
        var date = unit.StartsWith("business", StringComparison.Ordinal) || unit.StartsWith("working", StringComparison.Ordinal) ? AddBusinessDays(today, n)
            : unit.StartsWith("day", StringComparison.Ordinal) ? today.AddDays(n)
            : unit.StartsWith("week", StringComparison.Ordinal) ? today.AddDays(7 * n)
            : unit.StartsWith("month", StringComparison.Ordinal) ? today.AddMonths(n)
            : today.AddYears(n);
        return At(m, date, DateKind.Relative, vague);
    }

    public static DateOnly AddBusinessDays(DateOnly day, int n)
    {
        while (n > 0)
        {
            day = day.AddDays(1);
            n -= day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0 : 1;
        }

        return day;
    }
}
