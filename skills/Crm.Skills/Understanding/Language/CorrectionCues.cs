namespace Crm.Skills.Understanding.Language;

/// <summary>
/// Recognises a message that corrects the previous one: "actually it was a meeting", "sorry, I meant 65k",
/// "no, Tuesday", "不对，是四十万", "说错了，是周二". The caller then edits what the previous message
/// wrote instead of writing a second record.
/// </summary>
public static class CorrectionCues
{
    private static readonly string[] English =
    [
        "sorry, I meant", "sorry I meant", "sorry, I mean", "sorry I mean", "actually, make that", "actually make that", "actually make it",
        "no, wait", "no wait", "no, sorry", "no sorry", "my bad", "oops", "scratch that", "make that", "correction", "I meant", "I mean",
        "actually", "sorry", "wait", "no,", "not", "let's make it", "let's say", "make it", "change it to",
    ];

    private static readonly string[] Chinese =
        ["不对不对", "不好意思", "写错人了", "记错人了", "搞错人了", "弄错人了", "说错人了", "写错了", "记错了", "打错了", "说错了", "搞错了", "弄错了", "我是说", "应该是", "更正", "改一下", "不对", "错了", "哦不", "不是", "其实",
            "还是改成", "改成", "改到", "换成"];

    /// <summary>True when the message opens with a correction cue; <paramref name="rest"/> is where the corrected content starts.</summary>
    public static bool StartsWithCorrection(string text, out int rest)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = TextNormalizer.Fold(text);
        var i = Spans.SkipSpaces(t, 0);
        rest = 0;
        foreach (var cue in English)
        {
            var word = cue.TrimEnd(',');
            if (Spans.WordAt(t, i, word) && (cue[^1] != ',' || (i + word.Length < t.Length && t[i + word.Length] == ','))
                && (cue != "not" || t.IndexOf(',', i) > 0))
            {
                rest = SkipPunct(t, i + word.Length);
                return true;
            }
        }

        foreach (var cue in Chinese)
        {
            // "不是很急" is not a correction; "不是电话，是拜访" is: the denial must be followed by a new clause.
            if (string.CompareOrdinal(t, i, cue, 0, cue.Length) == 0 && (cue != "不是" || t.IndexOf(',', i) > 0))
            {
                rest = SkipPunct(t, i + cue.Length);
                return true;
            }
        }

        return false;
    }

    private static int SkipPunct(string t, int i)
    {
        while (i < t.Length && TextNormalizer.IsSpaceOrPunct(t[i]))
        {
            i++;
        }

        return i;
    }
}
