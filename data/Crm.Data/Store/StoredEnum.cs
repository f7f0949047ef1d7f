using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Reflection;
using System.Text;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Crm.Data.Store;

/// <summary>
/// The one spelling of enum members outside the code: snake_case, as in the exchange format
/// (<c>NeedsAnalysis</c> ↔ <c>needs_analysis</c>). Used by the store, import and export.
/// </summary>
public static class StoredEnum
{
    public static string ToStored<T>(T value) where T : struct, Enum => Names<T>.ToText[value];

    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        if (text is not null && Names<T>.FromText.TryGetValue(text, out value))
            return true;
        value = default;
        return false;
    }

    public static T Parse<T>(string text) where T : struct, Enum =>
        TryParse<T>(text, out var value) ? value : throw new FormatException($"'{text}' is not a {typeof(T).Name}.");

    /// <summary>The same for an enum whose type is known only at run time (audit values), through delegates made once per type.</summary>
    public static string ToStored(Enum value) => Untyped.Of(value.GetType()).Format(value);

    /// <inheritdoc cref="ToStored(Enum)"/>
    public static object Parse(string text, Type type) => Untyped.Of(type).Read(text);

    public static IReadOnlyList<string> AllStored<T>() where T : struct, Enum => [.. Enum.GetValues<T>().Select(ToStored)];

    private static string SnakeCase(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
                sb.Append('_');
            sb.Append(char.ToLowerInvariant(name[i]));
        }
        return sb.ToString();
    }

    private sealed record Untyped(Func<Enum, string> Format, Func<string, object> Read)
    {
        private static readonly ConcurrentDictionary<Type, Untyped> ByType = new();

        public static Untyped Of(Type type) => ByType.GetOrAdd(type, static t =>
            (Untyped)typeof(Untyped).GetMethod(nameof(For), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(t).Invoke(null, null)!);

        private static Untyped For<T>() where T : struct, Enum => new(v => ToStored((T)v), s => Parse<T>(s));
    }

    private static class Names<T> where T : struct, Enum
    {
        public static readonly FrozenDictionary<T, string> ToText =
            Enum.GetValues<T>().ToFrozenDictionary(v => v, v => SnakeCase(v.ToString()));
        public static readonly FrozenDictionary<string, T> FromText =
            ToText.ToFrozenDictionary(kv => kv.Value, kv => kv.Key, StringComparer.OrdinalIgnoreCase);
    }
}

public sealed class StoredEnumConverter<T>() : ValueConverter<T, string>(
    v => StoredEnum.ToStored(v), s => StoredEnum.Parse<T>(s)) where T : struct, Enum;
