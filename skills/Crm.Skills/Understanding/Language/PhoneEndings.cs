using System.Text.RegularExpressions;

namespace Crm.Skills.Understanding.Language;

/// <summary>
/// The end of a phone number said again to correct it: "最后一位是2", "后四位是0039", "the last two digits are 12",
/// "last digit is 2". As many digits must be said as were counted, and fewer than the number has.
/// </summary>
public static partial class PhoneEndings
{
    /// <summary>The words that count the digits (group count), before the digits themselves (group digits).</summary>
    public const string Said = @"(?:(?:最后|后|末)(?<count>[一两二三四五六\d])位(?:数字|数|号码)?(?:是|应该是|改成|为)?|(?:the\s+)?last\s+(?:(?<count>one|two|three|four|five|six|\d)\s+)?(?<count>digit(?!s))?(?:\s*(?:digits|numbers))?(?:\s+(?:are|is|should be|were|was))?)[\s:：,，]*(?<digits>\d+)(?!\d)";

    /// <summary>The digits said for the end of a number, when the message says them that way; null otherwise.</summary>
    public static string? Find(string text) =>
        Ending().Match(text) is { Success: true } m && m.Groups["digits"].Value.Length == Count(m.Groups["count"].Value) ? m.Groups["digits"].Value : null;

    /// <summary>"13720001111" with its last digit said to be 2 is "13720001112"; separators stay where they were.</summary>
    public static string? Replace(string phone, string digits)
    {
        if (digits.Length >= phone.Count(char.IsAsciiDigit))
            return null;
        var chars = phone.ToCharArray();
        var next = digits.Length - 1;
        for (var i = chars.Length - 1; i >= 0 && next >= 0; i--)
        {
            if (char.IsAsciiDigit(chars[i]))
                chars[i] = digits[next--];
        }
        return new string(chars);
    }

    /// <summary>How many digits were counted: "两", "four", "4"; "last digit" says one.</summary>
    public static int Count(string said) => said.ToLowerInvariant() switch
    {
        "one" or "一" or "digit" => 1,
        "two" or "两" or "二" => 2,
        "three" or "三" => 3,
        "four" or "四" => 4,
        "five" or "五" => 5,
        "six" or "六" => 6,
        _ => int.TryParse(said, out var n) ? n : 0,
    };

    [GeneratedRegex(Said, RegexOptions.IgnoreCase)]
    private static partial Regex Ending();
}
