using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Crm.Data.Contacts;

/// <summary>
/// A phone number as people write it: international (+1 617 555 0199, +86 138 1234 5678), national
/// ((617) 555-0199), Chinese mobiles (13812345678) and landlines with area code (010-12345678).
/// Full-width digits are folded to ASCII. Kept as written; <see cref="Digits"/> is for comparing.
/// Import and contact edits share it, so both accept and refuse the same numbers, for the same reason.
/// </summary>
public readonly record struct PhoneNumber
{
    private const int MinDigits = 7;
    private const int MaxDigits = 15; // E.164

    public string Value { get; }

    /// <summary>The digits only, with a leading + when the number was written internationally.</summary>
    public string Digits { get; }

    private PhoneNumber(string value, string digits) => (Value, Digits) = (value, digits);

    public static bool TryParse([NotNullWhen(true)] string? text, out PhoneNumber phone) => Read(text, out phone) is null;

    /// <summary>Null when <paramref name="text"/> is a phone number, else why not, in one sentence.</summary>
    public static string? Problem(string? text) => Read(text, out _);

    public static PhoneNumber Parse(string text) =>
        TryParse(text, out var phone) ? phone : throw new FormatException(Problem(text));

    public override string ToString() => Value;

    private static string? Read(string? text, out PhoneNumber phone)
    {
        phone = default;
        var value = text?.Normalize(NormalizationForm.FormKC).Trim();
        if (string.IsNullOrEmpty(value))
            return "A phone number can't be empty.";
        var digits = new StringBuilder();
        var depth = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsAsciiDigit(c) || (c == '+' && i == 0))
                digits.Append(c);
            else if (c == '(')
                depth++;
            else if (c == ')' && --depth < 0)
                break;
            else if (c is not (' ' or '-' or '.' or '(' or ')'))
                return $"'{text}' is not a valid phone number: it may only hold digits, spaces, dashes, dots, brackets and a leading +.";
        }
        if (depth != 0)
            return $"'{text}' is not a valid phone number: its brackets don't match.";
        if (!char.IsAsciiDigit(value[^1]))
            return $"'{text}' is not a valid phone number: it must end with a digit.";
        if (LengthProblem(value, digits.ToString().TrimStart('+')) is { } reason)
            return $"'{text}' is not a valid phone number: {reason}.";
        phone = new PhoneNumber(value, digits.ToString());
        return null;
    }

    // Lengths by where the number is from, as written: the country code decides when there is one.
    private static string? LengthProblem(string value, string digits)
    {
        var international = value.StartsWith('+');
        if (value.StartsWith("+86", StringComparison.Ordinal) || value.StartsWith("0086", StringComparison.Ordinal))
        {
            var national = digits[(international ? 2 : 4)..];
            if (national.Length == 11 && national[0] == '1')
                return IsChineseMobile(national) ? null : "a Chinese mobile number starts with 13 to 19";
            // Landlines: area code and number, 9 to 11 digits (Beijing's 10-xxxx-xxxx included).
            return national.Length is >= 9 and <= 11 ? null : "a Chinese mobile has 11 digits starting with 13 to 19";
        }
        // +1 is North America alone: a 3-digit area code and a 7-digit number.
        if (value.StartsWith("+1", StringComparison.Ordinal))
            return digits.Length == 11 ? null : "a North American number has 10 digits after +1";
        if (international)
            return digits.Length is >= 8 and <= MaxDigits ? null : $"an international number has 8 to {MaxDigits} digits after the +";
        if (digits.Length == 11 && digits[0] == '1')
            return IsChineseMobile(digits) ? null : "a Chinese mobile number starts with 13 to 19";
        // One run of digits starting with 1 is a Chinese mobile (or a North American number with its country code): 11
        // digits, as no area code starts with 1. "1372100002" lost a digit.
        if (digits[0] == '1' && digits.Length == value.Length && digits.Length >= MinDigits)
            return "a mobile number has 11 digits";
        return digits.Length is >= MinDigits and <= MaxDigits ? null : $"it needs {MinDigits} to {MaxDigits} digits";
    }

    private static bool IsChineseMobile(string digits) => digits.Length == 11 && digits[0] == '1' && digits[1] is >= '3' and <= '9';
}
