using System.Text.RegularExpressions;

namespace Crm.Skills.Understanding.Index;

/// <summary>
/// The Latin spelling of a name stored in Chinese characters, read from the person's e-mail address, whose local part
/// is that spelling: 王芳 at wang.fang@… is "wang fang". Only a local part of two or three plain words, no more than the
/// name has characters, is taken for one: "support@…" or "wf2024@…" say nothing of the name.
/// </summary>
public static partial class RomanisedName
{
    public static string? Of(string name, string? email)
    {
        var at = email?.IndexOf('@', StringComparison.Ordinal) ?? -1;
        if (at <= 0 || !NameText.HasCjk(name))
            return null;
        var words = LocalPart().Match(email![..at]);
        if (!words.Success)
            return null;
        var syllables = words.Groups["word"].Captures.Select(c => c.Value.ToLowerInvariant()).ToList();
        return syllables.Count <= NameText.CjkOnly(name).Length ? string.Join(' ', syllables) : null;
    }

    [GeneratedRegex(@"^(?<word>[A-Za-z]{1,12})(?:[._-](?<word>[A-Za-z]{1,12})){1,2}$")]
    private static partial Regex LocalPart();
}
