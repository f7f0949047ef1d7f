namespace Crm.Skills.Understanding.Language;

/// <summary>Joins a time of day to the date phrase next to it ("tomorrow at 3pm", "明天下午3点").</summary>
internal static class TimeAttacher
{
    private const int MaxGap = 8;

    public static List<DateMention> Attach(string text, List<DateMention> dates, List<(TimeOnly Time, int Start, int Length)> times, DateContext ctx)
    {
        var result = new List<DateMention>(dates);
        foreach (var (time, start, length) in times)
        {
            var end = start + length;
            var best = -1;
            for (var i = 0; i < result.Count; i++)
            {
                var d = result[i];
                if (d.Time is null && (Overlaps(d, start, end) || Near(text, d.EndIndex, start) || Near(text, end, d.Start)))
                {
                    best = i;
                    break;
                }
            }

            if (best < 0)
            {
                if (!result.Exists(d => Overlaps(d, start, end)))
                {
                    result.Add(new DateMention(ctx.Today, time, start, length, DateKind.TimeOfDay, false));
                }

                continue;
            }

            var date = result[best];
            var newStart = Math.Min(date.Start, start);
            var newEnd = Math.Max(date.EndIndex, end);
            var joined = time.Hour < 12 && IsEvening(text.AsSpan(date.Start, date.Length)) ? time.AddHours(12) : time;
            result[best] = date with { Time = joined, Start = newStart, Length = newEnd - newStart };
        }

        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    private static readonly string[] EveningWords = ["晚", "下午", "傍晚", "afternoon", "evening", "tonight", "night"];

    /// <summary>"今晚8点", "tomorrow evening 7:30": the date phrase already says the time is after noon.</summary>
    private static bool IsEvening(ReadOnlySpan<char> datePhrase)
    {
        foreach (var w in EveningWords)
        {
            if (datePhrase.Contains(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Overlaps(DateMention d, int start, int end) => d.Start < end && start < d.EndIndex;

    /// <summary>Only spaces, commas and linking words ("at", "on", "by", "的") between the two.</summary>
    private static bool Near(string text, int from, int to)
    {
        if (to < from || to - from > MaxGap)
        {
            return false;
        }

        var gap = text.AsSpan(from, to - from).Trim();
        return gap.IsEmpty || gap is "at" or "AT" or "At" or "on" or "by" or "around" or "," or "的" or "at around" or "@";
    }
}
