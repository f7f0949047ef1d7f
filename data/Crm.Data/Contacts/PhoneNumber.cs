using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Crm.Data.Contacts;

/// <summary>
/// A phone number as people write it: international (+1 617 555 0199, +86 138 1234 5678), national
/// ((617) 555-0199), Chinese mobiles (13812345678) and landlines with area code (010-12345678).
/// Full-width digits are folded to ASCII. Kept as written; <see cref="Digits"/> is for comparing.
/// </summary>
public readonly record struct PhoneNumber
{
    private const int MinDigits = 7;
    private const int MaxDigits = 15; // E.164

    public string Value { get; }

    /// <summary>The digits only, with a leading + when the number was written internationally.</summary>
    public string Digits { get; }

    private PhoneNumber(string value, string digits) => (Value, Digits) = (value, digits);

    public static bool TryParse([NotNullWhen(true)] string? text, out PhoneNumber phone)
    {
        phone = default;
        var value = text?.Normalize(NormalizationForm.FormKC).Trim();
        if (string.IsNullOrEmpty(value))
            return false;
        var digits = new StringBuilder();
        var depth = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsAsciiDigit(c))
                digits.Append(c);
            else if (c == '+' && i == 0)
                digits.Append(c);
            else if (c == '(')
                depth++;
            else if (c == ')')
            {
                if (--depth < 0)
                    return false;
            }
            else if (c is not (' ' or '-' or '.'))
                return false;
        }
        var count = digits.Length - (value[0] == '+' ? 1 : 0);
        if (depth != 0 || count is < MinDigits or > MaxDigits)
            return false;
        phone = new PhoneNumber(value, digits.ToString());
        return true;
    }

    public static PhoneNumber Parse(string text) =>
        TryParse(text, out var phone) ? phone : throw new FormatException($"'{text}' is not a phone number.");

    public override string ToString() => Value;
}
