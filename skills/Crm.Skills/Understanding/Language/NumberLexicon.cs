namespace Crm.Skills.Understanding.Language;

/// <summary>The English number words, cardinal and ordinal, looked up without allocating.</summary>
internal static class NumberLexicon
{
    private const string Cardinal = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
        + "|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";

    /// <summary>
    /// An "and" that is part of a number said in words, so it joins no clauses: "a hundred and forty five thousand",
    /// "forty two and a half thousand", "two and a half million", "twenty two and a half k".
    /// </summary>
    public const string AndInNumber = @"(?<=\b(?:hundred|thousand|million)\s+)and(?=\s+(?:" + Cardinal + @")\b)"
        + @"|(?<=\b(?:" + Cardinal + @")\s+)and(?=\s+a\s+(?:half|quarter)\s+(?:thousand|million|billion|grand|k)\b)";

    private static readonly string[] Units =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] UnitOrdinals =
    [
        "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    ];

    private static readonly string[] Tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly string[] TensOrdinals =
        ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];

    public static bool TryWord(ReadOnlySpan<char> word, out long value, out WordKind kind, out bool ordinal)
    {
        ordinal = false;
        kind = WordKind.Unit;
        if (Find(Units, word, out var i))
        {
            value = i;
            return true;
        }

        if (Find(UnitOrdinals, word, out i))
        {
            value = i;
            ordinal = true;
            return i > 0;
        }

        kind = WordKind.Tens;
        if (word.Equals("fourty", StringComparison.OrdinalIgnoreCase))
        {
            value = 40;
            return true;
        }

        if (Find(Tens, word, out i))
        {
            value = (i + 2) * 10;
            return true;
        }

        if (Find(TensOrdinals, word, out i))
        {
            value = (i + 2) * 10;
            ordinal = true;
            return true;
        }

        return TryScale(word, out value, out kind, out ordinal);
    }

    private static bool TryScale(ReadOnlySpan<char> word, out long value, out WordKind kind, out bool ordinal)
    {
        ordinal = word.EndsWith("th", StringComparison.OrdinalIgnoreCase);
        var stem = ordinal ? word[..^2] : word;
        kind = WordKind.Scale;
        value = 0;
        if (stem.Equals("hundred", StringComparison.OrdinalIgnoreCase))
        {
            kind = WordKind.Hundred;
            value = 100;
        }
        else if (stem.Equals("thousand", StringComparison.OrdinalIgnoreCase))
        {
            value = 1_000;
        }
        else if (stem.Equals("million", StringComparison.OrdinalIgnoreCase))
        {
            value = 1_000_000;
        }
        else if (stem.Equals("billion", StringComparison.OrdinalIgnoreCase))
        {
            value = 1_000_000_000;
        }

        return value > 0;
    }

    private static bool Find(string[] words, ReadOnlySpan<char> word, out int index)
    {
        for (index = 0; index < words.Length; index++)
        {
            if (word.Equals(words[index], StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
