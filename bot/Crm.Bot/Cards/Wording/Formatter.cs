using System.Globalization;
using Crm.Skills.Results;

namespace Crm.Bot.Cards.Wording;

/// <summary>
/// Money, dates and instants in the user's locale and time zone. Figures always stay figures
/// ("$45,000"; in Chinese "¥30万", see <see cref="ChineseMoney"/>): people scan them and the replay
/// scorer reads them as numbers.
/// </summary>
internal sealed class Formatter(string locale, TimeZoneInfo timeZone)
{
    private readonly CultureInfo culture = Culture(locale);

    public CultureInfo Culture() => culture;

    public string Money(decimal amount, string currency)
    {
        if (IsChinese)
            return ChineseMoney.Format(amount, currency, culture);
        var figure = amount.ToString(decimal.Truncate(amount) == amount ? "N0" : "N2", culture);
        return Symbol(currency) is { } symbol ? symbol + figure : $"{currency.ToUpperInvariant()} {figure}";
    }

    public string Money(MoneyTotal total) => Money(total.Amount, total.Currency);

    /// <summary>Totals per currency side by side ("$300,000 · €20,000"); never summed across currencies.</summary>
    public string Totals(IReadOnlyList<MoneyTotal> totals) => string.Join(" · ", totals.Select(Money));

    public string Date(DateOnly date) => IsChinese
        ? date.ToString("yyyy年M月d日 ddd", culture)
        : date.ToString(IsEnglish ? "ddd, MMM d, yyyy" : "ddd " + culture.DateTimeFormat.ShortDatePattern, culture);

    /// <summary>An instant the store holds in UTC, shown on the user's wall clock.</summary>
    public string Instant(DateTime utc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), timeZone);
        var time = local.ToString(IsChinese ? "HH:mm" : culture.DateTimeFormat.ShortTimePattern, culture);
        // ICU puts a narrow no-break space before AM/PM; terminals and plain-text readers want a space.
        return Date(DateOnly.FromDateTime(local)) + " " + time.Replace(' ', ' ').Replace(' ', ' ');
    }

    public string Percent(decimal weight) => (weight <= 1 ? weight * 100 : weight).ToString("0.#", culture) + "%";

    public string Count(int count) => count.ToString("N0", culture);

    private bool IsChinese => culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
    private bool IsEnglish => culture.Name.StartsWith("en", StringComparison.OrdinalIgnoreCase);

    private static string? Symbol(string currency) => currency.ToUpperInvariant() switch
    {
        "USD" => "$",
        "CNY" or "RMB" => "¥",
        "EUR" => "€",
        "GBP" => "£",
        "JPY" => "JP¥",
        _ => null,
    };

    private static CultureInfo Culture(string locale)
    {
        try
        {
            return CultureInfo.GetCultureInfo(string.IsNullOrWhiteSpace(locale) ? "en-US" : locale, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.GetCultureInfo("en-US");
        }
    }
}
