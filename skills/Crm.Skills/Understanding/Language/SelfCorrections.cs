namespace Crm.Skills.Understanding.Language;

/// <summary>
/// A value corrected in the same breath keeps only the correction: "ninety thousand no wait ninety five
/// thousand", "sixty, no, sixty-five thousand", "on Monday, sorry, Tuesday", "60k, actually make that 65k",
/// "三十万，哦不，三十五万", "周一，不对，周二". Both sides must be the same kind of value (amount, date, person by surname and title,
/// stage, activity type…) right next to the cue; otherwise the text is left alone, so "不对，是四十万"
/// opening a message stays for the caller to treat as a correction of the previous message.
/// </summary>
internal static class SelfCorrections
{
    private static readonly string[] Cues =
    [
        "actually, make that", "actually make that", "actually make it", "sorry, I meant", "sorry I meant", "sorry, I mean", "sorry I mean",
        "no, actually", "no actually", "actually, no", "actually no", "no, wait", "no wait", "wait, no", "wait no", "no, sorry", "no sorry", "scratch that", "make that", "or rather", "correction",
        "I meant", "I mean", "sorry", "actually", "wait", "no",
        "不对不对", "不是不是", "说错了", "我是说", "应该是", "啊不是", "哦不是", "哦不", "噢不", "喔不", "不对", "错了", "不",
    ];

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

        if (cues is null)
        {
            return;
        }

        // Reading every value is the costly part, so it only happens once a cue is present.
        var values = ValueSpans.FindAll(t);
        var done = 0;
        foreach (var (start, end) in cues)
        {
            if (start < done)
            {
                continue;
            }

            var next = ValueSpans.StartingAt(values, SkipBridges(t, end));
            var prev = next is { } n ? ValueSpans.EndingBefore(values, t, start, n.Kind) : null;
            if (next is { } after && prev is { } before && before.Start >= done)
            {
                edit.Drop(before.Start, after.Start - before.Start);
                done = after.Start;
            }
            else if (next is { Kind: ValueSpans.Kind.Activity } kind && ValueSpans.ActivityBeforeInClause(values, t, start) is { } said && said.Start >= done)
            {
                // "去了趟天府软件 哦不是 是开的视频会", "visited Acme, no wait, a zoom call": the kind of contact is corrected
                // and the customer named between stays.
                edit.Drop(said.Start, said.End - said.Start);
                edit.Drop(start, kind.Start - start);
                done = kind.Start;
            }
        }

        edit.Apply();
    }

    private static string? CueAt(string t, int i)
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
