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
        JoinIdeographs(edit);
        SelfCorrections.Apply(edit);
        Fillers.RemoveDiscourse(edit);
        JoinIdeographs(edit); // again, where a filler between two words has gone
        edit.CollapseWhitespace();
        return edit.ToNormalized();
    }

    /// <summary>
    /// Dictated Chinese comes with a space between words ("一月 二十 号", "云帆 物流"); written Chinese has none,
    /// and dates, amounts and names are read whole.
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
