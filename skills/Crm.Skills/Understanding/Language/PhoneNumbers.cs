using System.Text.RegularExpressions;

namespace Crm.Skills.Understanding.Language;

/// <summary>Phone numbers as people type and dictate them: 7 to 15 digits, an optional leading +, spaces, dots, dashes or brackets between.</summary>
internal static partial class PhoneNumbers
{
    public static IEnumerable<Match> FindAll(string text)
    {
        foreach (Match m in Candidate().Matches(text))
        {
            if (m.Value.Count(char.IsAsciiDigit) is >= 7 and <= 15)
                yield return m;
        }
    }

    /// <summary>The first phone number in the text, or null.</summary>
    public static string? First(string text) => FindAll(text).Select(m => m.Value.Trim()).FirstOrDefault();

    /// <summary>The first run of digits set out like a phone number that has too few or too many digits to be one ("617-555"), or null.</summary>
    public static string? Malformed(string text) =>
        Candidate().Matches(text).Where(m => m.Value.Count(char.IsAsciiDigit) is < 7 or > 15).Select(m => m.Value.Trim()).FirstOrDefault();

    /// <summary>Every run that could be a number (the caller counts the digits), so it can also be taken out of a text.</summary>
    [GeneratedRegex(@"\+?\(?\d[\d\s().-]{4,}\d")]
    public static partial Regex Candidate();
}
