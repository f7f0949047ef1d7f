using System.Globalization;
using System.Text.Json;
using Crm.Data.Store;

namespace Crm.Skills.Invoking;

/// <summary>
/// The one invariant text form of a field value, used by the audit log, the cards and undo:
/// dates yyyy-MM-dd, instants ISO 8601 UTC, numbers with '.', enums as stored, lists as JSON.
/// <see cref="Parse"/> reverses <see cref="Format"/> exactly, which is what makes undo exact.
/// </summary>
public static class FieldText
{
    private const string InstantFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";

    public static string? Format(object? value) => value switch
    {
        null => null,
        string s => s,
        DateTime d => DateTime.SpecifyKind(d, DateTimeKind.Utc).ToString(InstantFormat, CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.############################", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        Enum e => StoredEnum.ToStored(e),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => JsonSerializer.Serialize(value, value.GetType()),
    };

    public static object? Parse(string? text, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (text is null)
            return null;
        if (target == typeof(string))
            return text;
        if (target == typeof(DateTime))
            return DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        if (target == typeof(DateOnly))
            return DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (target == typeof(decimal))
            return decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
        if (target == typeof(bool))
            return bool.Parse(text);
        if (target == typeof(Guid))
            return Guid.Parse(text);
        if (target.IsEnum)
            return StoredEnum.Parse(text, target);
        if (typeof(IConvertible).IsAssignableFrom(target))
            return Convert.ChangeType(text, target, CultureInfo.InvariantCulture);
        return JsonSerializer.Deserialize(text, target);
    }

    /// <summary>Enums are written as stored (snake_case), the spelling the exchange format uses.</summary>

    /// <summary>Exchange-format field name: the property name in camelCase.</summary>
    public static string FieldName(string propertyName) =>
        propertyName.Length == 0 ? propertyName : char.ToLowerInvariant(propertyName[0]) + propertyName[1..];
}
