using System.Net.Mail;
using System.Text.RegularExpressions;

namespace Crm.Skills.Contacts;

/// <summary>
/// E-mail and phone checks (behaviour §4: an invalid one is refused with the reason). Phones are
/// accepted in international form (+country code, 8–15 digits), as Chinese mobiles (1[3-9] + 9 digits,
/// optionally +86/0086), or as national numbers of 7–15 digits; separators (space, dash, dot, brackets) are allowed.
/// </summary>
public static partial class ContactValues
{
    /// <summary>Null when valid, else the reason in one sentence.</summary>
    public static string? EmailProblem(string email)
    {
        var trimmed = email.Trim();
        if (!EmailShape().IsMatch(trimmed))
            return $"'{email}' is not a valid e-mail address.";
        return MailAddress.TryCreate(trimmed, out var parsed) && parsed.Address == trimmed ? null : $"'{email}' is not a valid e-mail address.";
    }

    /// <summary>Null when valid, else the reason in one sentence.</summary>
    public static string? PhoneProblem(string phone)
    {
        var trimmed = phone.Trim();
        if (!PhoneChars().IsMatch(trimmed))
            return $"'{phone}' is not a valid phone number: it may only hold digits, spaces, dashes, dots, brackets and a leading +.";
        var digits = new string([.. trimmed.Where(char.IsAsciiDigit)]);
        if (trimmed.StartsWith("+86", StringComparison.Ordinal) || trimmed.StartsWith("0086", StringComparison.Ordinal))
        {
            var national = digits[(trimmed.StartsWith('+') ? 2 : 4)..];
            if (national.Length == 11 && national[0] == '1')
                return ChineseMobile().IsMatch(national) ? null : $"'{phone}' is not a valid Chinese mobile number: it must start with 13–19.";
            // Landlines: area code and number, 9 to 11 digits (Beijing's 10-xxxx-xxxx included).
            return national.Length is >= 9 and <= 11 ? null : $"'{phone}' is not a valid Chinese number: a mobile has 11 digits starting with 13–19.";
        }
        if (trimmed.StartsWith('+'))
            return digits.Length is >= 8 and <= 15 ? null : $"'{phone}' is not a valid international number: it needs 8 to 15 digits after the +.";
        if (digits.Length == 11 && digits[0] == '1')
            return ChineseMobile().IsMatch(digits) ? null : $"'{phone}' is not a valid Chinese mobile number: it must start with 13–19.";
        // One run of digits starting with 1 is a Chinese mobile (or a North American number with its country code): 11
        // digits, as no area code starts with 1. "1372100002" lost a digit.
        if (digits[0] == '1' && digits.Length == trimmed.Length)
            return $"'{phone}' is not a valid phone number: a mobile number has 11 digits.";
        return digits.Length is >= 7 and <= 15 ? null : $"'{phone}' is not a valid phone number: it needs 7 to 15 digits.";
    }

    [GeneratedRegex(@"^[^\s@]+@[^\s@]+\.[A-Za-z]{2,}$")]
    private static partial Regex EmailShape();

    [GeneratedRegex(@"^\+?[0-9(][0-9 ().\-]*[0-9]$")]
    private static partial Regex PhoneChars();

    [GeneratedRegex(@"^1[3-9][0-9]{9}$")]
    private static partial Regex ChineseMobile();
}
