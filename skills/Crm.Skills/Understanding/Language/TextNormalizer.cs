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
    /// The full clean-up: fold, noises (um, 嗯), stutters, self-corrections, discourse fillers
    /// (like, you know, 那个, 然后), whitespace. <see cref="NormalizedText.ToOriginal"/> maps back.
    /// </summary>
    public static NormalizedText Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var edit = new TextEdit(text, Fold(text));
        Fillers.RemoveNoises(edit);
        Stutters.Remove(edit);
        SelfCorrections.Apply(edit);
        Fillers.RemoveDiscourse(edit);
        edit.CollapseWhitespace();
        return edit.ToNormalized();
    }

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
