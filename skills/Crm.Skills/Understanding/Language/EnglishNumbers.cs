namespace Crm.Skills.Understanding.Language;

/// <summary>
/// English number words: "forty-five thousand", "one hundred and twenty", "a million", "fifteenth".
/// Reads left to right without allocating; stops at the first word that cannot continue the number.
/// </summary>
public static class EnglishNumbers
{
    /// <summary>Reads a whole text ("twenty one", "2") as a cardinal number.</summary>
    public static bool TryParse(string text, out long value)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.AsSpan().Trim();
        if (long.TryParse(trimmed, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        var start = text.Length - text.AsSpan().TrimStart().Length;
        return TryReadAt(text, start, out value, out var end, out var ordinal) && !ordinal
            && text.AsSpan(end).Trim().IsEmpty;
    }

    /// <summary>
    /// Reads number words starting at <paramref name="start"/>. <paramref name="end"/> is the index just
    /// after the last word used; <paramref name="ordinal"/> is true when the last word was an ordinal.
    /// </summary>
    public static bool TryReadAt(string text, int start, out long value, out int end, out bool ordinal)
    {
        ArgumentNullException.ThrowIfNull(text);
        long total = 0, current = 0;
        var last = WordKind.None;
        var seenAny = false;
        value = 0;
        end = start;
        ordinal = false;
        var i = start;
        while (i < text.Length && !ordinal)
        {
            var wordStart = i;
            while (i < text.Length && char.IsAsciiLetter(text[i]))
            {
                i++;
            }

            if (i == wordStart)
            {
                break;
            }

            var word = text.AsSpan(wordStart, i - wordStart);
            if (word.Equals("and", StringComparison.OrdinalIgnoreCase) && seenAny
                && last is WordKind.Hundred or WordKind.Scale)
            {
                i = SkipSeparators(text, i, allowHyphen: false);
                continue;
            }

            if ((word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase)) && !seenAny)
            {
                var next = SkipSeparators(text, i, allowHyphen: false);
                if (!NextIsScale(text, next))
                {
                    break;
                }

                current = 1;
                last = WordKind.Unit;
                seenAny = true;
                i = next;
                continue;
            }

            if (!NumberLexicon.TryWord(word, out var v, out var kind, out var isOrdinal) || !CanFollow(last, kind))
            {
                break;
            }

            switch (kind)
            {
                case WordKind.Unit:
                case WordKind.Tens:
                    current += v;
                    break;
                case WordKind.Hundred:
                    current = (current == 0 ? 1 : current) * 100;
                    break;
                case WordKind.Scale:
                    total += (current == 0 ? 1 : current) * v;
                    current = 0;
                    break;
            }

            last = kind;
            seenAny = true;
            ordinal = isOrdinal;
            end = i;
            i = SkipSeparators(text, i, allowHyphen: true);
        }

        value = total + current;
        return seenAny && end > start;
    }

    private static bool NextIsScale(string text, int i)
    {
        var wordStart = i;
        while (i < text.Length && char.IsAsciiLetter(text[i]))
        {
            i++;
        }

        return NumberLexicon.TryWord(text.AsSpan(wordStart, i - wordStart), out _, out var kind, out _)
            && kind is WordKind.Hundred or WordKind.Scale;
    }

    private static bool CanFollow(WordKind last, WordKind next) => last switch
    {
        WordKind.None => true,
        WordKind.Unit => next is WordKind.Hundred or WordKind.Scale,
        WordKind.Tens => next is WordKind.Unit or WordKind.Hundred or WordKind.Scale,
        WordKind.Hundred => next is WordKind.Unit or WordKind.Tens or WordKind.Scale,
        _ => next is WordKind.Unit or WordKind.Tens,
    };

    private static int SkipSeparators(string text, int i, bool allowHyphen)
    {
        while (i < text.Length && (text[i] == ' ' || (allowHyphen && text[i] == '-')))
        {
            i++;
        }

        return i;
    }
}

internal enum WordKind { None, Unit, Tens, Hundred, Scale }
