using System.Text.RegularExpressions;

namespace Crm.Skills.Understanding.Language;

/// <summary>Times of day: "at 3pm", "3:30 pm", "15:00", "noon", "下午3点", "上午十点半", "晚上8点15分".</summary>
internal static partial class TimeOfDay
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    [GeneratedRegex(CalendarWords.B + @"(?<h>1[0-2]|0?[1-9])(?::(?<min>[0-5]\d))?\s*(?<ap>a\.?m\.?|p\.?m\.?)(?![a-z])|" + CalendarWords.B + @"(?<h>[01]?\d|2[0-3]):(?<min>[0-5]\d)" + CalendarWords.B + @"|" + CalendarWords.B + @"(?<h>1[0-2]|0?[1-9])\s*o'?clock" + CalendarWords.B + @"|" + CalendarWords.B + @"(?<noon>noon|midday|midnight)" + CalendarWords.B, Options)]
    private static partial Regex English();

    [GeneratedRegex(@"(?<p>上午|下午|中午|晚上|早上|凌晨|傍晚|早晨|夜里)?(?<h>[01]?\d|2[0-4]|十[一二]?|两|[一二三四五六七八九])(?:点|时)(?:(?<half>半)|(?<q>一刻|三刻)|(?<min>[0-5]?\d|[一二三四五]?十[一二三四五六七八九]?|[一二三四五六七八九])分?)?", Options)]
    private static partial Regex Chinese();

    public static void FindAll(string text, List<(TimeOnly Time, int Start, int Length)> found)
    {
        for (var m = English().Match(text); m.Success; m = m.NextMatch())
        {
            if (ResolveEnglish(m) is { } t)
            {
                found.Add((t, m.Index, m.Length));
            }
        }

        for (var m = Chinese().Match(text); m.Success; m = m.NextMatch())
        {
            if (ResolveChinese(m) is { } t)
            {
                found.Add((t, m.Index, m.Length));
            }
        }
    }

    private static TimeOnly? ResolveEnglish(Match m)
    {
        if (m.Groups["noon"].Success)
        {
            return m.Groups["noon"].Value.Equals("midnight", StringComparison.OrdinalIgnoreCase) ? new TimeOnly(0, 0) : new TimeOnly(12, 0);
        }

        var hour = EnglishDates.Int(m, "h");
        var minute = m.Groups["min"].Success ? EnglishDates.Int(m, "min") : 0;
        if (m.Groups["ap"].Success)
        {
            var pm = char.ToLowerInvariant(m.Groups["ap"].Value[0]) == 'p';
            hour = (hour % 12) + (pm ? 12 : 0);
        }

        return hour < 24 ? new TimeOnly(hour, minute) : null;
    }

    private static TimeOnly? ResolveChinese(Match m)
    {
        var hour = CalendarWords.Number(m.Groups["h"].Value is "两" ? "2" : m.Groups["h"].Value);
        var part = m.Groups["p"].Value;
        var minute = m.Groups["half"].Success ? 30
            : m.Groups["q"].Success ? (m.Groups["q"].Value == "一刻" ? 15 : 45)
            : m.Groups["min"].Success ? CalendarWords.Number(m.Groups["min"].Value) : 0;
        var bare = part.Length == 0 && !m.Groups["min"].Success && !m.Groups["half"].Success && !m.Groups["q"].Success;
        if (bare && (m.Value.EndsWith('时') || m.Groups["h"].Value == "一"))
        {
            // "一点" is far more often "a little" (便宜一点) than one o'clock.
            return null;
        }

        if (part is "下午" or "晚上" or "傍晚" or "夜里" && hour < 12)
        {
            hour += 12;
        }
        else if (part == "中午" && hour < 6)
        {
            hour += 12;
        }

        return hour is >= 0 and < 24 && minute < 60 ? new TimeOnly(hour, minute) : null;
    }
}
