using System.Text.RegularExpressions;

namespace Crm.Skills.Understanding.Language;

/// <summary>
/// An e-mail address as dictation leaves it, "email is peter dot lee at humong dot example", written as typed
/// ("peter.lee@humong.example"). Only right after an e-mail label, and only with a dotted domain after "at", so
/// "met Jane at Acme" and "email Jane at the office" stay as they are.
/// </summary>
public static partial class SpokenEmails
{
    public static string Written(string text) =>
        Spoken().Replace(text, m => m.Groups["label"].Value
            + Dotted(m.Groups["local"].Value) + "@" + Dotted(m.Groups["domain"].Value));

    private static string Dotted(string spoken) =>
        Separator().Replace(spoken, s => s.Groups["word"].Value.ToLowerInvariant() switch
        {
            "underscore" => "_",
            "dash" or "hyphen" => "-",
            _ => ".",
        }).ToLowerInvariant();

    [GeneratedRegex(@"(?<label>(?:\b(?:e-?mail)\b(?:\s+address)?(?:\s+is)?|邮箱(?:地址)?(?:是|为)?)[\s:：]*)(?<local>[A-Za-z0-9]+(?:(?:\s+(?:dot|underscore|dash|hyphen)\s+|[._-])[A-Za-z0-9]+)*)\s+at\s+(?<domain>[A-Za-z0-9-]+(?:(?:\s+dot\s+|\.)[A-Za-z0-9-]+)+)(?![\w.@])", RegexOptions.IgnoreCase)]
    private static partial Regex Spoken();

    [GeneratedRegex(@"\s+(?<word>dot|underscore|dash|hyphen)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Separator();
}
