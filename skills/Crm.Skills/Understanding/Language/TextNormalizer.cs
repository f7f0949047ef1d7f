namespace Crm.Skills.Understanding.Language;

/// <summary>
/// Cleans a typed or dictated message before it is read: folds full-width characters, collapses
/// whitespace, drops dictation fillers and stutters, and keeps only the corrected value of a
/// self-correction ("ninety thousand no wait ninety five thousand" → "ninety five thousand").
/// </summary>
public static class TextNormalizer
{
    /// <summary>
    /// Full-width letters, digits and punctuation to ASCII, and Chinese punctuation (，。：；！？、（）【】“”)
    /// to its ASCII counterpart. One character in, one character out, so spans stay valid.
    /// </summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var index = IndexOfFoldable(text);
        if (index < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, index), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            for (var i = state.index; i < span.Length; i++)
            {
                span[i] = FoldChar(span[i]);
            }
        });
    }

    /// <summary>
    /// The full clean-up: fold, noises (um, 嗯), stutters, the spaces of dictated Chinese, self-corrections,
    /// discourse fillers (like, you know, 那个, 然后), whitespace. <see cref="NormalizedText.ToOriginal"/> maps back.
    /// </summary>
    public static NormalizedText Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var edit = new TextEdit(text, Fold(text));
        Fillers.RemoveNoises(edit);
        Stutters.Remove(edit);
        MarkClauseBreaks(edit);
        JoinIdeographs(edit);
        SelfCorrections.Apply(edit);
        Fillers.RemoveDiscourse(edit);
        JoinIdeographs(edit); // again, where a filler between two words has gone
        edit.CollapseWhitespace();
        return edit.ToNormalized();
    }

    /// <summary>
    /// Dictated Chinese comes with a space between words ("一月 二十 号", "云帆 物流"); written Chinese has none,
    /// and dates, amounts and names are read whole. A space between two long runs of ideographs ends a clause
    /// instead, where speech recognition left out the comma ("…见了王总和赵经理 价格基本谈妥 提醒我…").
    /// </summary>
    private static void JoinIdeographs(TextEdit edit)
    {
        edit.Apply();
        var t = edit.Text;
        for (var i = 1; i < t.Length; i++)
        {
            if (t[i] != ' ' || !LanguageDetector.IsIdeograph(t[i - 1]))
            {
                continue;
            }

            var end = Spans.SkipSpaces(t, i);
            if (end < t.Length && LanguageDetector.IsIdeograph(t[end]) && !SpacedFiller(t, i - 2) && !SpacedFiller(t, end))
            {
                edit.Drop(i, end - i);
            }

            i = end - 1;
        }

        edit.Apply();
    }

    /// <summary>
    /// Turns a space between two clause-long pieces of Chinese into a comma. Speech recognition puts spaces between
    /// words ("给 美家 开个 工单") or between clauses where the comma belongs ("见了王总和赵经理 价格基本谈妥 推到谈判签约").
    /// Words are rarely five ideographs long, so two such pieces are clauses; and where the pieces of a message are four
    /// long on average, it was spaced by clause, and pieces of three or more are clauses too ("参观了 聊得不错").
    /// </summary>
    private static void MarkClauseBreaks(TextEdit edit)
    {
        edit.Apply();
        var t = edit.Text;
        // Most messages have no space beside an ideograph; they need no pieces at all.
        if (!HasSpacedIdeographs(t))
        {
            return;
        }

        var pieces = Pieces(t);
        var chinese = pieces.Where(p => p.Chinese && !IsSpacedFiller(t, p)).ToList();
        if (chinese.Count < 2)
        {
            return;
        }

        var spacedByClause = chinese.Average(p => p.Length) >= 4;
        for (var k = 1; k < pieces.Count; k++)
        {
            var (before, after) = (pieces[k - 1], pieces[k]);
            if (!before.Chinese || !after.Chinese || IsSpacedFiller(t, before) || IsSpacedFiller(t, after)
                || !(LanguageDetector.IsIdeograph(t[before.End - 1]) || LanguageDetector.IsIdeograph(t[after.Start])))
            {
                continue;
            }

            var shorter = Math.Min(before.Length, after.Length);
            if (shorter >= 5 || (spacedByClause && shorter >= 3))
            {
                edit.Substitute(before.End, ',');
            }
        }
    }

    private static bool HasSpacedIdeographs(string t)
    {
        for (var i = 1; i + 1 < t.Length; i++)
        {
            if (t[i] == ' ' && (LanguageDetector.IsIdeograph(t[i - 1]) || LanguageDetector.IsIdeograph(t[i + 1])))
            {
                return true;
            }
        }

        return false;
    }

    private readonly record struct Piece(int Start, int Length, bool Chinese)
    {
        public int End => Start + Length;
    }

    /// <summary>The runs of the text between spaces, and whether each holds an ideograph.</summary>
    private static List<Piece> Pieces(string t)
    {
        var pieces = new List<Piece>();
        for (var i = 0; i < t.Length;)
        {
            if (t[i] == ' ')
            {
                i++;
                continue;
            }

            var start = i;
            var chinese = false;
            for (; i < t.Length && t[i] != ' '; i++)
            {
                chinese |= LanguageDetector.IsIdeograph(t[i]);
            }

            pieces.Add(new Piece(start, i - start, chinese));
        }

        return pieces;
    }

    private static bool IsSpacedFiller(string t, Piece piece) => piece.Length == 2 && SpacedFiller(t, piece.Start);

    // 那个, 这个, 然后 and 就是 are only fillers when set off by spaces, so the spaces around them stay for RemoveDiscourse.
    private static bool SpacedFiller(string t, int i) =>
        i >= 0 && i + 2 <= t.Length && t.AsSpan(i, 2) is "那个" or "这个" or "然后" or "就是";

    private static int IndexOfFoldable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (FoldChar(text[i]) != text[i])
            {
                return i;
            }
        }

        return -1;
    }

    internal static char FoldChar(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' or '\u00A0' or '\t' or '\r' or '\n' => ' ',
        '。' or '｡' => '.',
        '、' => ',',
        '“' or '”' or '「' or '」' => '"',
        '‘' or '’' => '\'',
        '【' => '[',
        '】' => ']',
        '—' or '–' => '-',
        _ => c,
    };

    internal static bool IsSpaceOrPunct(char c) => c == ' ' || c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?';
}
