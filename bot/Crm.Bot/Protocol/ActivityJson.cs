using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Crm.Bot.Protocol;

/// <summary>
/// The one JSON shape of the protocol: camelCase, nulls omitted, and never an empty string or an
/// empty array on the wire (ACT A2004, A2100, A3050, A7701). Non-ASCII text (Chinese) is written
/// as-is, not as \u escapes, so message sizes are measured as Teams measures them.
/// </summary>
public static class ActivityJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static Activity? Parse(string json) => JsonSerializer.Deserialize<Activity>(json, Options);

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static JsonElement ToElement<T>(T value) => JsonSerializer.SerializeToElement(value, Options);

    private static JsonSerializerOptions Create()
    {
        var resolver = new DefaultJsonTypeInfoResolver();
        resolver.Modifiers.Add(OmitEmptyValues);
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = resolver,
        };
        options.MakeReadOnly();
        return options;
    }

    private static void OmitEmptyValues(JsonTypeInfo typeInfo)
    {
        foreach (var property in typeInfo.Properties)
        {
            if (property.PropertyType == typeof(string))
            {
                property.ShouldSerialize = static (_, value) => value is string s && s.Length > 0;
            }
            else if (typeof(ICollection).IsAssignableFrom(property.PropertyType) && !property.IsExtensionData)
            {
                property.ShouldSerialize = static (_, value) => value is ICollection c && c.Count > 0;
            }
        }
    }
}
