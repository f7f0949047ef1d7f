using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Crm.Data.Store;

namespace Crm.Data.Exchange;

/// <summary>Instants as <c>yyyy-MM-ddTHH:mm:ssZ</c> in UTC; fractions of a second only when there are some.</summary>
internal sealed class InstantJsonConverter : JsonConverter<DateTime>
{
    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Instants.TryParse(reader.GetString(), out var value) ? value : throw new JsonException("Not a UTC instant.");

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Instants.Format(value));
}

/// <summary>Amounts without trailing zeros, so 120000 stays 120000 whatever scale the database returns.</summary>
internal sealed class AmountJsonConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDecimal();

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
        writer.WriteRawValue((value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture));
}

internal sealed class StoredEnumJsonConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(StoredEnumJsonConverter<>).MakeGenericType(typeToConvert))!;
}

/// <summary>Enums as the store spells them (<see cref="StoredEnum"/>): <c>needs_analysis</c>.</summary>
internal sealed class StoredEnumJsonConverter<T> : JsonConverter<T> where T : struct, Enum
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        StoredEnum.Parse<T>(reader.GetString() ?? "");

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(StoredEnum.ToStored(value));
}

/// <summary>The format's one spelling of an instant.</summary>
public static class Instants
{
    public static string Format(DateTime value)
    {
        var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value;
        var text = utc.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
        var fraction = utc.Ticks % TimeSpan.TicksPerSecond;
        return fraction == 0 ? text + "Z" : text + "." + fraction.ToString("D7", CultureInfo.InvariantCulture).TrimEnd('0') + "Z";
    }

    /// <summary>Accepts only what the schema allows: <c>yyyy-MM-ddTHH:mm:ss[.fff]Z</c>.</summary>
    public static bool TryParse(string? text, out DateTime value)
    {
        value = default;
        if (text is null || text.Length < 20 || text[^1] != 'Z' || text[10] != 'T')
            return false;
        string[] formats = ["yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-ddTHH:mm:ss.FFFFFFFZ"];
        return DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out value);
    }
}
