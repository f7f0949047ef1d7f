namespace Crm.Skills.Understanding.Language;

/// <summary>
/// Dictation fillers. <see cref="RemoveNoises"/> drops sounds that never carry meaning (um, uh, 嗯, 呃);
/// <see cref="RemoveDiscourse"/> drops words that are fillers only in some positions ("like," "you know",
/// "okay"/"so" opening the message, 那个/这个 standing alone, 然后 opening a sentence, 就是说).
/// </summary>
internal static class Fillers
{
    private static readonly string[] Noises = ["umm", "um", "uhh", "uhm", "uh", "erm", "er", "hmm", "hm", "mmm", "mm", "ah"];

    private static readonly string[] Openers = ["okay", "ok", "so", "well", "alright", "yeah", "oh", "and"];

    private static readonly string[] KnowBefore = ["do", "did", "don't", "didn't", "if", "as", "let", "would", "will", "should", "you"];

    private static readonly string[] KnowAfter = ["what", "that", "how", "who", "when", "where", "why", "if", "whether", "about", "him", "her", "them", "it", "me", "us"];

    public static void RemoveNoises(TextEdit edit)
    {
        var t = edit.Text;
        for (var i = 0; i < t.Length; i++)
        {
            var c = t[i];
            if (c is '嗯' or '呃' || (c is '额' or '啊' or '哦' or '噢' or '唉' && Standalone(t, i, 1) && !(Spans.SkipSpaces(t, i + 1) is var next && next < t.Length && t[next] == '不')))
            {
                edit.Drop(i, FollowingComma(t, i + 1) - i);
                DropAbandonedNumber(edit, t, i, i + 1);
                continue;
            }

            if (!char.IsAsciiLetter(c) || (i > 0 && char.IsAsciiLetter(t[i - 1])))
            {
                continue;
            }

            foreach (var noise in Noises)
            {
                if (Spans.WordAt(t, i, noise))
                {
                    edit.Drop(i, FollowingComma(t, i + noise.Length) - i);
                    DropAbandonedNumber(edit, t, i, i + noise.Length);
                    break;
                }
            }
        }

        edit.Apply();
    }

    public static void RemoveDiscourse(TextEdit edit)
    {
        RemoveOpeners(edit);
        var t = edit.Text;
        for (var i = 0; i < t.Length; i++)
        {
            if (Spans.WordAt(t, i, "you know") && !EnglishDates.PreviousWordIsAny(t, i, KnowBefore) && !Spans.NextWordIsAny(t, i + 8, KnowAfter))
            {
                edit.Drop(i, FollowingComma(t, i + 8) - i);
            }
            else if (Spans.WordAt(t, i, "I mean") && !Spans.WordAt(t, i, "I meant"))
            {
                edit.Drop(i, FollowingComma(t, i + 6) - i);
            }
            else if (Spans.WordAt(t, i, "like") && (NextIs(t, i + 4, ',') || (i >= 2 && t[i - 2] == ',')))
            {
                edit.Drop(i, FollowingComma(t, i + 4) - i);
            }
            else if (Chinese(t, i, "就是说") || (Chinese(t, i, "就是") && Standalone(t, i, 2)))
            {
                edit.Drop(i, t[i + 2] == '说' ? 3 : 2);
            }
            else if ((Chinese(t, i, "那个") || Chinese(t, i, "这个")) && (Standalone(t, i, 2) || (i == 0 && Chinese(t, i, "那个"))))
            {
                edit.Drop(i, 2);
            }
            // Mid-sentence in unpunctuated dictation 然后 is where one request ends and the next begins: it stays for the clause splitter.
            else if (Chinese(t, i, "然后") && (Spans.SkipSpaces(t, 0) == i || (TextNormalizer.IsSpaceOrPunct(t[i - 1]) && t[i - 1] != ' ')))
            {
                edit.Drop(i, FollowingComma(t, i + 2) - i);
            }
            else if ((Chinese(t, i, "就这个") || Chinese(t, i, "就这样") || Chinese(t, i, "就这些")) && t.AsSpan(i + 3).Trim(" .!,").IsEmpty)
            {
                edit.Drop(i, 3);
            }
        }

        edit.Apply();
    }

    /// <summary>"okay so um, the Lakeview deal…": openers at the very start, while more text follows.</summary>
    private static void RemoveOpeners(TextEdit edit)
    {
        var t = edit.Text;
        var i = Spans.SkipSpaces(t, 0);
        var dropped = true;
        string? last = null;
        while (dropped)
        {
            dropped = false;
            foreach (var opener in Openers)
            {
                var end = FollowingComma(t, i + opener.Length);

                // "so so far" keeps its second "so": only one of each opener is a filler.
                if (opener != last && Spans.WordAt(t, i, opener) && HasLetters(t, end))
                {
                    edit.Drop(i, end - i);
                    i = Spans.SkipSpaces(t, end);
                    (dropped, last) = (true, opener);
                    break;
                }
            }

            var zh = t.AsSpan(i);
            if (zh.StartsWith("对了") || (zh.StartsWith("对") && zh.Length > 1 && zh[1] is ',' or ' '))
            {
                var end = FollowingComma(t, i + (zh[1] == '了' ? 2 : 1));
                edit.Drop(i, end - i);
                i = Spans.SkipSpaces(t, end);
                dropped = true;
            }
        }

        edit.Apply();
    }

    private static bool HasLetters(string t, int from)
    {
        for (var j = from; j < t.Length; j++)
        {
            if (char.IsLetterOrDigit(t[j]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Chinese(string t, int i, string word) => string.CompareOrdinal(t, i, word, 0, word.Length) == 0;

    private static bool NextIs(string t, int i, char c) => i < t.Length && t[i] == c;

    /// <summary>True when the characters around [i, i+length) are the text's edge, spaces or punctuation.</summary>
    internal static bool Standalone(string t, int i, int length) =>
        (i == 0 || TextNormalizer.IsSpaceOrPunct(t[i - 1])) && (i + length >= t.Length || TextNormalizer.IsSpaceOrPunct(t[i + length]));

    /// <summary>The index after an immediately following comma (and spaces), or <paramref name="i"/>.</summary>
    /// <summary>
    /// "改成 三十二 呃 三十三万五", "32k uh 33k": a number, a hesitation, another number is the speaker starting over; the
    /// first number goes with the noise.
    /// </summary>
    private static void DropAbandonedNumber(TextEdit edit, string t, int noiseStart, int noiseEnd)
    {
        var next = Spans.SkipSpaces(t, FollowingComma(t, noiseEnd));
        if (next >= t.Length || !IsNumberChar(t[next]))
        {
            return;
        }

        var end = noiseStart;
        while (end > 0 && t[end - 1] is ' ' or ',')
        {
            end--;
        }

        var start = end;
        while (start > 0 && (IsNumberChar(t[start - 1]) || (t[start - 1] is 'k' or 'K' or '.' && start > 1 && IsNumberChar(t[start - 2]))))
        {
            start--;
        }

        if (start < end && (start == 0 || !(char.IsAsciiLetter(t[start - 1]) || t[start - 1] is '-' or '+')))
        {
            edit.Drop(start, end - start);
        }
    }

    private static bool IsNumberChar(char c) => char.IsAsciiDigit(c) || ChineseNumerals.IsNumeralChar(c);

    internal static int FollowingComma(string t, int i)
    {
        var j = Spans.SkipSpaces(t, i);
        return j < t.Length && t[j] == ',' ? j + 1 : i;
    }
}
