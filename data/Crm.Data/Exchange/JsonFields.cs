using System.Globalization;
using System.Text.Json;
using Crm.Data.Store;

namespace Crm.Data.Exchange;

/// <summary>
/// Reads the fields of one JSON object, checking type and shape. A bad or missing field records a
/// problem with its path and yields a placeholder, so reading continues and every problem is found.
/// </summary>
internal sealed class JsonFields(JsonElement element, string path, List<ImportProblem> problems)
{
    public string Path => path;

    public void Problem(string field, string message) => problems.Add(new($"{path}.{field}", message));

    public string Id(string field) => RequiredString(field, maxLength: 64, allowEmpty: false);

    public string RequiredString(string field, int maxLength = 4000, bool allowEmpty = false)
    {
        if (!element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            Problem(field, "is required");
            return "";
        }
        return Text(field, value, maxLength, allowEmpty) ?? "";
    }

    public string? String(string field, int maxLength = 4000) =>
        element.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null
            ? Text(field, value, maxLength, allowEmpty: true)
            : null;

    /// <summary>An optional reference to another record; an empty string is not a reference.</summary>
    public string? Ref(string field) =>
        element.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null
            ? Text(field, value, 64, allowEmpty: false)
            : null;

    public T Enum<T>(string field, T? fallback = null) where T : struct, Enum
    {
        var present = element.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null;
        if (!present)
        {
            if (fallback is { } f)
                return f;
            Problem(field, "is required");
            return default;
        }
        if (value.ValueKind == JsonValueKind.String && StoredEnum.TryParse<T>(value.GetString(), out var parsed))
            return parsed;
        Problem(field, $"{Show(value)} is not one of {string.Join(", ", StoredEnum.AllStored<T>())}");
        return default;
    }

    public DateOnly? Date(string field)
    {
        if (!element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        if (value.ValueKind == JsonValueKind.String && value.GetString() is { Length: 10 } s &&
            DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        Problem(field, $"{Show(value)} is not a date (YYYY-MM-DD)");
        return null;
    }

    public DateTime? Instant(string field, bool required = false)
    {
        if (!element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
                Problem(field, "is required");
            return null;
        }
        if (value.ValueKind == JsonValueKind.String && Instants.TryParse(value.GetString(), out var instant))
            return instant;
        Problem(field, $"{Show(value)} is not a UTC instant (YYYY-MM-DDTHH:MM:SSZ)");
        return null;
    }

    public decimal? Number(string field)
    {
        if (!element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number))
            return number;
        Problem(field, $"{Show(value)} is not a number");
        return null;
    }

    public int? Integer(string field)
    {
        if (!element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
            return number;
        Problem(field, $"{Show(value)} is not a whole number");
        return null;
    }

    public bool Boolean(string field)
    {
        if (!element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
            return false;
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
            return value.GetBoolean();
        Problem(field, $"{Show(value)} is not true or false");
        return false;
    }

    public IReadOnlyList<string> Strings(string field, int maxLength)
    {
        var list = new List<string>();
        foreach (var (item, itemPath) in Array(field))
        {
            if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } s && s.Length <= maxLength)
                list.Add(s);
            else
                problems.Add(new(itemPath, $"{Show(item)} is not a non-empty text of at most {maxLength} characters"));
        }
        return list;
    }

    /// <summary>The items of an optional array field, each with its own path.</summary>
    public IEnumerable<(JsonElement Item, string Path)> Array(string field)
    {
        if (!element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
            return [];
        if (value.ValueKind != JsonValueKind.Array)
        {
            Problem(field, "must be an array");
            return [];
        }
        return value.EnumerateArray().Select((item, i) => (item, $"{path}.{field}[{i}]")).ToList();
    }

    private string? Text(string field, JsonElement value, int maxLength, bool allowEmpty)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            Problem(field, $"{Show(value)} is not a text");
            return null;
        }
        var text = value.GetString()!;
        if (!allowEmpty && text.Trim().Length == 0)
            Problem(field, "must not be empty");
        else if (text.Length > maxLength)
            Problem(field, $"is {text.Length} characters long; at most {maxLength} are allowed");
        return text;
    }

    public static string Show(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"'{value.GetString()}'",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => value.GetRawText(),
    };
}
