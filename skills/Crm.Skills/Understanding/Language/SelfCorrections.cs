namespace Crm.Skills.Understanding.Language;

/// <summary>
/// A value corrected in the same breath keeps only the correction: "ninety thousand no wait ninety five
/// thousand", "sixty, no, sixty-five thousand", "on Monday, sorry, Tuesday", "60k, actually make that 65k",
/// "三十万，哦不，三十五万", "周一，不对，周二". Both sides must be the same kind of value (amount, date, person by surname and title,
/// stage, activity type, ticket id…) right next to the cue; otherwise the text is left alone, so "不对，是四十万"
/// opening a message stays for the caller to treat as a correction of the previous message.
/// </summary>
internal static partial class SelfCorrections
{
    private static readonly string[] Cues =
    [
        "actually, make that", "actually make that", "actually make it", "sorry, I meant", "sorry I meant", "sorry, I mean", "sorry I mean",
        "no, make that", "no make that", "no, make it", "no make it", "no, actually", "no actually", "actually, no", "actually no", "no, wait", "no wait", "wait, no", "wait no", "no, sorry", "no sorry", "scratch that", "make that", "or rather", "correction",
        "I meant", "I mean", "my bad", "oops", "sorry", "actually", "wait", "no",
        "不对不对", "不是不是", "说错了", "我是说", "应该是", "啊不是", "哦不是", "哦不", "噢不", "喔不", "不对", "错了", "不",
    ];

    private const string Interjections = "哦噢喔啊";

    private static readonly string[] Bridges = ["it's", "its", "it is", "it was", "was", "is", "to", "it", "a", "an", "the", "是", "改成", "改为", "应该是", "开的", "开了个", "开了", "打的", "打了个", "打了"];

    public static void Apply(TextEdit edit)
    {
        var t = edit.Text;
        List<(int Start, int End)>? cues = null;
        for (var i = 0; i < t.Length; i++)
        {
            if (CueAt(t, i) is { } cue)
            {
                (cues ??= []).Add((i, i + cue.Length));
                i += cue.Length - 1;
            }
        }

        var denied = t.IndexOf("不是", StringComparison.Ordinal);
        if (cues is null && denied < 0)
        {
            return;
        }

        // Reading every value is the costly part, so it only happens once a cue is present.
        var values = ValueSpans.FindAll(t);
        var done = 0;
        if (denied >= 0 && RestatedDenial(t, values, denied) is var (first, denial, corrected))
        {
            // "周一去智远见了马校长 不是周一 是周二": the day said first is the one denied later; the later one stands.
            edit.Drop(first.Start, first.End - first.Start);
            edit.Drop(denial, corrected.Start - denial);
            done = corrected.Start;
        }

        cues ??= [];
        foreach (var (start, end) in cues)
        {
            if (start < done)
            {
                continue;
            }

            // "wait no the twenty second": "the" may be a bridge or the start of the date itself.
            var next = ValueSpans.StartingAt(values, SkipBridges(t, end)) ?? ValueSpans.StartingAt(values, SkipSpaces(t, end));
            // "told Jane, sorry Dev was out": a lone "sorry" or "actually" between two names takes neither back.
            if (next is { Kind: ValueSpans.Kind.Name } && WeakBeforeAName(t[start..end]))
                continue;
            var prev = next is { } n ? ValueSpans.EndingBefore(values, t, start, n.Kind) : null;
            if (next is { } after && prev is { } before && before.Start >= done)
            {
                // "january fifteenth wait no the twenty second": the month said first still holds for the day said after.
                var month = after.Kind == ValueSpans.Kind.Date ? MonthKept(t, before, after) : 0;
                edit.Drop(before.Start + month, after.Start - before.Start - month);
                done = after.Start;
            }
            else if (next is { Kind: ValueSpans.Kind.Id } ticket && ValueSpans.OnlyIdBeforeInClause(values, t, start) is { } takenBack && takenBack.Start >= done)
            {
                // "T-601 关掉吧 哦不是 T-606", "close T-601 please, no wait, T-606": the change said between stays, for the other
                // ticket, and a comma before the cue goes too, so the change and the ticket are read as one request.
                edit.Drop(takenBack.Start, takenBack.End - takenBack.Start);
                for (var i = start - 1; i > takenBack.End && TextNormalizer.IsSpaceOrPunct(t[i]); i--)
                {
                    if (t[i] != ' ')
                        edit.Drop(i, 1);
                }
                edit.Drop(start, ticket.Start - start);
                done = ticket.Start;
            }
            else if (next is { Kind: ValueSpans.Kind.Activity } kind && ValueSpans.ActivityBeforeInClause(values, t, start) is { } said && said.Start >= done)
            {
                // "去了趟天府软件 哦不是 是开的视频会", "visited Acme, no wait, a zoom call": the kind of contact is corrected
                // and the customer named between stays.
                edit.Drop(said.Start, said.End - said.Start);
                edit.Drop(start, kind.Start - start);
                done = kind.Start;
            }
            else if (LastDigits().Match(t, SkipSpaces(t, end)) is { Success: true } tail
                && ValueSpans.EndingBefore(values, t, start, ValueSpans.Kind.Phone) is { } phone && phone.Start >= done
                && ReplaceLastDigits(edit, t, phone, tail.Groups["digits"].Value, PhoneEndings.Count(tail.Groups["count"].Value)))
            {
                // "135 5500 0093 不对不对 最后四位是 0039": the number said keeps all but the digits corrected.
                edit.Drop(phone.End, tail.Index + tail.Length - phone.End);
                done = tail.Index + tail.Length;
            }
        }

        edit.Apply();
    }

    /// <summary>Whether a correction cue ends right before <paramref name="at"/>: "move it to negotiation no wait| leave the stage".</summary>
    public static bool CueEndsAt(string t, int at)
    {
        var end = at;
        while (end > 0 && TextNormalizer.IsSpaceOrPunct(t[end - 1]))
            end--;
        foreach (var cue in Cues)
        {
            if (end >= cue.Length && CueAt(t, end - cue.Length) is { } found && found.Length == cue.Length)
                return true;
        }

        return false;
    }

    /// <summary>
    /// True when only a correction cue stands between what ends at <paramref name="end"/> and what starts at
    /// <paramref name="next"/> ("海纳外贸 不对 是美家家居", "Globex, no wait, Initech"): the second takes the first back.
    /// For callers whose values need the store, such as customers' names.
    /// </summary>
    /// <param name="start">Where the first value starts, so the word said before it may be said again before the second.</param>
    public static bool TakesBack(string text, int end, int next, int start = 0)
    {
        var at = SkipSpaces(text, AfterPersonThere(text, end));
        if (CueAt(text, at) is not { } cue || WeakBeforeAName(cue))
            return false;
        var after = SkipBridges(text, at + cue.Length);
        return after == next || (after < next && start > 0 && RepeatsTheWordBefore(text, start, after, next));
    }

    /// <summary>
    /// "拜访了康宁的郑主任 哦不对 是天府的杨总": the person at the customer, by surname and title, is taken back with it; where
    /// that person's name ends, or <paramref name="end"/> when none is said.
    /// </summary>
    private static int AfterPersonThere(string text, int end)
    {
        var at = SkipSpaces(text, end);
        at = text.AsSpan(at).StartsWith("的") ? SkipSpaces(text, at + 1) : at;
        var person = Honorifics.FindAll(text[at..Math.Min(text.Length, at + 6)]);
        return person is [{ Start: 0 } said, ..] ? at + said.Length : end;
    }

    /// <summary>"去星河 不对 去华盛", "给海纳 不对 给美家": the word said before the first value, said again before the second.</summary>
    private static bool RepeatsTheWordBefore(string text, int start, int from, int next)
    {
        var again = text[from..next].Trim();
        return again.Length is > 0 and <= 3 && text[..start].TrimEnd().EndsWith(again, StringComparison.Ordinal);
    }

    private static bool WeakBeforeAName(string cue) =>
        cue.Equals("sorry", StringComparison.OrdinalIgnoreCase) || cue.Equals("actually", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The cue at <paramref name="i"/>, with an interjection said before it ("后天 哦不对 大后天", "啊说错了"), so the words
    /// after the whole cue are what replaces the value.
    /// </summary>
    private static string? CueAt(string t, int i)
    {
        var plain = PlainCueAt(t, i);
        return i + 1 < t.Length && Interjections.Contains(t[i], StringComparison.Ordinal) && PlainCueAt(t, i + 1) is { } after && after.Length >= (plain?.Length ?? 0)
            ? t.Substring(i, after.Length + 1)
            : plain;
    }

    private static string? PlainCueAt(string t, int i)
    {
        foreach (var cue in Cues)
        {
            var chinese = LanguageDetector.IsIdeograph(cue[0]);
            if (chinese ? string.CompareOrdinal(t, i, cue, 0, cue.Length) == 0 : Spans.WordAt(t, i, cue))
            {
                // A bare 不 is a cue only when set off: "三十万，不，三十五万".
                return cue == "不" && !Fillers.Standalone(t, i, 1) ? null : cue;
            }
        }

        return null;
    }

    /// <summary>
    /// "…周一…不是周一是周二": a value said, then denied by name further on ("不是" and the same words) and replaced with one of
    /// the same kind ("是周二"). Null unless all three line up.
    /// </summary>
    private static (ValueSpans.Value Said, int Denial, ValueSpans.Value Corrected)? RestatedDenial(string t, List<ValueSpans.Value> values, int denial)
    {
        if (ValueSpans.StartingAt(values, SkipSpaces(t, denial + 2)) is not { } repeated)
            return null;
        var at = SkipSpaces(t, repeated.End);
        at = t.AsSpan(at).StartsWith("而是") ? at + 2 : t.AsSpan(at).StartsWith("是") ? at + 1 : -1;
        if (at < 0 || ValueSpans.StartingAt(values, SkipSpaces(t, at)) is not { } corrected || corrected.Kind != repeated.Kind)
            return null;
        var words = t[repeated.Start..repeated.End];
        // "记一下周一" reads as "下周一" too: the words repeated may end a longer value, and only they are taken back.
        foreach (var v in values)
            if (v.End <= denial && v.Kind == repeated.Kind && t.AsSpan(v.Start, v.End - v.Start).EndsWith(words, StringComparison.Ordinal))
                return (v with { Start = v.End - words.Length }, denial, corrected);
        return null;
    }

    /// <summary>Writes the corrected last digits over the number's own, when as many digits were said as were counted.</summary>
    private static bool ReplaceLastDigits(TextEdit edit, string t, ValueSpans.Value phone, string digits, int count)
    {
        if (digits.Length != count || count >= t[phone.Start..phone.End].Count(char.IsAsciiDigit))
            return false;
        var next = digits.Length - 1;
        for (var i = phone.End - 1; i >= phone.Start && next >= 0; i--)
        {
            if (char.IsAsciiDigit(t[i]))
                edit.Substitute(i, digits[next--]);
        }
        return true;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\G" + PhoneEndings.Said, System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex LastDigits();

    /// <summary>How much of the date taken back is its month, kept when the date said instead names none.</summary>
    private static int MonthKept(string t, ValueSpans.Value before, ValueSpans.Value after)
    {
        var instead = t[after.Start..after.End];
        if (MonthNamed().IsMatch(instead))
            return 0;
        var said = MonthNamed().Match(t, before.Start, before.End - before.Start);
        return said.Success && said.Index == before.Start ? said.Length : 0;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\G(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+|(?:明年|今年)?[一二三四五六七八九十\d]{1,3}月(?:份)?)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|月", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex MonthNamed();

    private static int SkipSpaces(string t, int i)
    {
        while (i < t.Length && TextNormalizer.IsSpaceOrPunct(t[i]))
            i++;
        return i;
    }

    private static int SkipBridges(string t, int i)
    {
        var moved = true;
        while (moved)
        {
            moved = false;
            while (i < t.Length && TextNormalizer.IsSpaceOrPunct(t[i]))
            {
                i++;
            }

            foreach (var bridge in Bridges)
            {
                var chinese = LanguageDetector.IsIdeograph(bridge[0]);
                if (chinese ? string.CompareOrdinal(t, i, bridge, 0, bridge.Length) == 0 : Spans.WordAt(t, i, bridge))
                {
                    i += bridge.Length;
                    moved = true;
                    break;
                }
            }
        }

        return i;
    }
}
