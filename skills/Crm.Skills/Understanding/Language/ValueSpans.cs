namespace Crm.Skills.Understanding.Language;

/// <summary>The values a self-correction can replace, with their kind, found once per message.</summary>
internal static partial class ValueSpans
{
    public enum Kind { Number, Date, Stage, Activity, Priority, Status, Person, Phone, Name, Id }

    public readonly record struct Value(int Start, int End, Kind Kind);

    private static readonly DateContext AnyDay = new(new DateOnly(2001, 1, 1));

    private static readonly string[] Glue = ["now", "then", "了", "吧"];

    public static List<Value> FindAll(string t)
    {
        var values = new List<Value>();
        // First, so a number as long as a phone number is one ("135 5500 0093 不对 13555000039"): a tie goes to the first.
        foreach (var p in PhoneNumbers.FindAll(t))
        {
            values.Add(new(p.Index, p.Index + p.Length, Kind.Phone));
        }

        foreach (var a in AmountReader.FindAll(t))
        {
            values.Add(new(a.Start, a.EndIndex, Kind.Number));
        }

        AddNumbers(t, values);
        foreach (var d in DateReader.FindAll(t, AnyDay))
        {
            values.Add(new(d.Start, d.EndIndex, Kind.Date));
        }

        foreach (var m in Vocabulary.DealStages(t))
        {
            values.Add(new(m.Start, m.EndIndex, Kind.Stage));
        }

        foreach (var m in Vocabulary.ActivityTypes(t))
        {
            values.Add(new(m.Start, m.EndIndex, Kind.Activity));
        }

        foreach (var m in Vocabulary.TicketPriorities(t))
        {
            values.Add(new(m.Start, m.EndIndex, Kind.Priority));
        }

        foreach (var m in Vocabulary.TicketStatuses(t))
        {
            values.Add(new(m.Start, m.EndIndex, Kind.Status));
        }

        // "close T-601 no wait T-606", "T-601 关掉吧 哦不是 T-606": a ticket taken back for another.
        foreach (System.Text.RegularExpressions.Match m in TicketId().Matches(t))
        {
            values.Add(new(m.Index, m.Index + m.Length, Kind.Id));
        }

        // "陈总 啊不是 林工": a person named by surname and title, taken back for another.
        foreach (var h in Honorifics.FindAll(t))
        {
            values.Add(new(h.Start, h.Start + h.Length, Kind.Person));
        }

        // "call Andrew no sorry Nancy", "Acme, I mean Globex": a name taken back for another. Last, so a capitalised
        // weekday or stage stays a date or a stage; a capital that starts a sentence names nothing.
        foreach (System.Text.RegularExpressions.Match m in CapitalisedName().Matches(t))
        {
            if (!StartsASentence(t, m.Index))
                values.Add(new(m.Index, m.Index + m.Length, Kind.Name));
        }

        return values;
    }

    /// <summary>The longest value that starts at <paramref name="i"/>.</summary>
    public static Value? StartingAt(List<Value> values, int i)
    {
        Value? best = null;
        foreach (var v in values)
        {
            if (v.Start == i && (best is null || v.End > best.Value.End))
            {
                best = v;
            }
        }

        return best;
    }

    /// <summary>A value of the same kind that ends right before the cue (only spaces, commas or "now" between).</summary>
    public static Value? EndingBefore(List<Value> values, string t, int cueStart, Kind kind)
    {
        Value? best = null;
        foreach (var v in values)
        {
            if (v.Kind == kind && v.End <= cueStart && OnlyGlue(t, v.End, cueStart) && (best is null || v.End > best.Value.End || (v.End == best.Value.End && v.Start < best.Value.Start)))
            {
                best = v;
            }
        }

        return best;
    }

    /// <summary>
    /// The one ticket id said before the cue in the same clause, with words between ("T-601 关掉吧 哦不是 T-606"): the id the
    /// speaker takes back. Null when there is none, or several, so it is clear which.
    /// </summary>
    public static Value? OnlyIdBeforeInClause(List<Value> values, string t, int cueStart)
    {
        var clause = t.AsSpan(0, cueStart).LastIndexOfAny(".;!?。；！？") + 1;
        var ids = values.Where(v => v.Kind == Kind.Id && v.Start >= clause && v.End <= cueStart).ToList();
        return ids is [var only] ? only : null;
    }

    /// <summary>
    /// A call, meeting or visit said a few words before the cue in the same clause ("去了趟天府软件 哦不是"), with only a
    /// name between: what a correction of the kind of contact replaces.
    /// </summary>
    public static Value? ActivityBeforeInClause(List<Value> values, string t, int cueStart)
    {
        Value? best = null;
        foreach (var v in values)
        {
            if (v.Kind == Kind.Activity && v.End <= cueStart && cueStart - v.End <= 20 && (best is null || v.End > best.Value.End)
                && t.AsSpan(v.End, cueStart - v.End).IndexOfAny(".;!?。；！？") < 0)
            {
                best = v;
            }
        }

        return best;
    }

    private static bool OnlyGlue(string t, int from, int to)
    {
        var gap = t.AsSpan(from, to - from).Trim(" ,.;:-");
        if (gap.IsEmpty)
        {
            return true;
        }

        foreach (var g in Glue)
        {
            if (gap.Equals(g, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Bare numbers ("sixty", "60", "三十") so "sixty, no, sixty-five thousand" can be corrected.</summary>
    private static void AddNumbers(string t, List<Value> values)
    {
        for (var i = 0; i < t.Length; i++)
        {
            var c = t[i];
            var atWordStart = i == 0 || !char.IsAsciiLetterOrDigit(t[i - 1]);
            if (char.IsAsciiDigit(c) && atWordStart)
            {
                var j = i;
                while (j < t.Length && (char.IsAsciiDigit(t[j]) || t[j] is ',' or '.' && j + 1 < t.Length && char.IsAsciiDigit(t[j + 1])))
                {
                    j++;
                }

                values.Add(new(i, j, Kind.Number));
                i = j - 1;
            }
            else if (char.IsAsciiLetter(c) && atWordStart && EnglishNumbers.TryReadAt(t, i, out _, out var end, out var ordinal) && !ordinal)
            {
                values.Add(new(i, end, Kind.Number));
                i = end - 1;
            }
            else if (ChineseNumerals.IsNumeralChar(c) && ChineseNumerals.TryReadAt(t, i, out _, out var zhEnd))
            {
                values.Add(new(i, zhEnd, Kind.Number));
                i = zhEnd - 1;
            }
        }
    }

    private static bool StartsASentence(string t, int i)
    {
        var j = i - 1;
        while (j >= 0 && t[j] == ' ')
            j--;
        return j < 0 || t[j] is '.' or '!' or '?' or '\n';
    }

    [System.Text.RegularExpressions.GeneratedRegex(TicketWords.IdPattern)]
    private static partial System.Text.RegularExpressions.Regex TicketId();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\p{L}'’])\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?(?![\p{L}])")]
    private static partial System.Text.RegularExpressions.Regex CapitalisedName();
}
