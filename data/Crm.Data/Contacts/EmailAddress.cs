using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Crm.Data.Contacts;

/// <summary>
/// A plausible e-mail address: one @, a local part of the usual characters, and a dotted domain whose last part is letters.
/// Import and contact edits share it, so both accept and refuse the same addresses.
/// </summary>
public readonly partial record struct EmailAddress
{
    public string Value { get; }

    private EmailAddress(string value) => Value = value;

    public static bool TryParse([NotNullWhen(true)] string? text, out EmailAddress address)
    {
        var trimmed = text?.Trim();
        address = default;
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 320 || !Pattern().IsMatch(trimmed) || trimmed.Contains("..", StringComparison.Ordinal))
            return false;
        address = new EmailAddress(trimmed);
        return true;
    }

    /// <summary>Null when <paramref name="text"/> is an e-mail address, else why not, in one sentence.</summary>
    public static string? Problem(string? text) => TryParse(text, out _) ? null : $"'{text}' is not a valid e-mail address.";

    /// <summary>For input already known to be valid; throws <see cref="FormatException"/> otherwise.</summary>
    public static EmailAddress Parse(string text) =>
        TryParse(text, out var address) ? address : throw new FormatException($"'{text}' is not an e-mail address.");

    public override string ToString() => Value;

    [GeneratedRegex(@"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,63}$")]
    private static partial Regex Pattern();
}
