namespace Crm.Skills.Understanding.Language;

/// <summary>
/// Chinese numerals: 一二三…十百千万亿, 两, 〇/零, including the spoken short forms where a trailing
/// digit counts in the next lower unit: 十二万五 = 125000, 九万二 = 92000, 三千五 = 3500, 两百五 = 250.
/// </summary>
public static class ChineseNumerals
{
    /// <summary>Reads a whole text ("二十五", "两百万", "二零二六") as a number.</summary>
    public static bool TryParse(string text, out long value)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        return TryReadAt(trimmed, 0, out value, out var end) && end == trimmed.Length;
    }

    /// <summary>True for the characters a Chinese numeral is written with.</summary>
    public static bool IsNumeralChar(char c) => DigitOf(c) >= 0 || UnitOf(c) > 0;

    /// <summary>The value of a digit character (一 → 1, 两 → 2, 零/〇 → 0), or -1.</summary>
    public static int DigitOf(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' or '壹' => 1,
        '二' or '两' or '貳' or '贰' => 2,
        '三' or '叁' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陆' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        _ => -1,
    };

    private static long UnitOf(char c) => c switch
    {
        '十' or '拾' => 10,
        '百' or '佰' => 100,
        '千' or '仟' => 1_000,
        '万' or '萬' => 10_000,
        '亿' or '億' => 100_000_000,
        _ => 0,
    };

    /// <summary>Reads the longest numeral starting at <paramref name="start"/>; end is just after it.</summary>
    public static bool TryReadAt(string text, int start, out long value, out int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (TryReadDigitString(text, start, out value, out end))
        {
            return true;
        }

        long yi = 0, wan = 0, current = 0, lastUnit = 0;
        var digit = -1;
        var zeroSinceUnit = false;
        var prevWasUnit = false;
        end = start;
        var i = start;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            var d = DigitOf(c);
            if (d >= 0)
            {
                if (digit > 0)
                {
                    break;
                }

                zeroSinceUnit |= d == 0;
                digit = d;
                prevWasUnit = false;
                end = i + 1;
                continue;
            }

            var unit = UnitOf(c);
            if (unit == 0 || (unit < 10_000 && lastUnit > 0 && lastUnit < 10_000 && unit >= lastUnit && digit < 0))
            {
                break;
            }

            if (unit < 10_000)
            {
                current += (digit <= 0 ? 1 : digit) * unit;
            }
            else if (unit == 10_000)
            {
                wan = (current + Math.Max(digit, 0)) is var w and > 0 ? w * unit : unit;
                current = 0;
            }
            else
            {
                yi = (wan + current + Math.Max(digit, 0)) is var y and > 0 ? y * unit : unit;
                wan = current = 0;
            }

            digit = -1;
            lastUnit = unit;
            zeroSinceUnit = false;
            prevWasUnit = true;
            end = i + 1;
        }

        if (end == start)
        {
            value = 0;
            return false;
        }

        if (digit > 0)
        {
            // 十二万五: a bare digit right after a unit counts in the next lower unit.
            var shortForm = !zeroSinceUnit && lastUnit >= 100 && !prevWasUnit && end >= 2 && UnitOf(text[end - 2]) == lastUnit;
            current += shortForm ? digit * (lastUnit == 100_000_000 ? 10_000_000 : lastUnit / 10) : digit;
        }

        value = yi + wan + current;
        return true;
    }

    /// <summary>Digit-by-digit numbers such as years (二零二六) or ids: two or more digits, no units.</summary>
    private static bool TryReadDigitString(string text, int start, out long value, out int end)
    {
        value = 0;
        var i = start;
        while (i < text.Length && DigitOf(text[i]) >= 0 && text[i] != '两')
        {
            value = (value * 10) + DigitOf(text[i]);
            i++;
        }

        end = i;
        var isString = i - start >= 2 && (i >= text.Length || UnitOf(text[i]) == 0);
        if (!isString)
        {
            value = 0;
            end = start;
        }

        return isString;
    }
}
