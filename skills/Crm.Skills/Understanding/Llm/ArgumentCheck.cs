using System.Reflection;
using System.Text.Json;
using Crm.Skills.Understanding.Index;
using Microsoft.Extensions.AI;

namespace Crm.Skills.Understanding.Llm;

/// <summary>
/// Checks a tool call's arguments before anything runs, the way the catalog will bind them: every
/// name known, every required one present, every value of its parameter's type, and every id of an
/// account, contact, deal or user one the store has. The message back tells the model what to fix.
/// </summary>
public static class ArgumentCheck
{
    public static string? Problem(MethodInfo method, IDictionary<string, object?> arguments, StoreIndex index)
    {
        var parameters = method.GetParameters().Where(p => p.ParameterType != typeof(CancellationToken)).ToDictionary(p => p.Name!, StringComparer.Ordinal);
        if (arguments.Keys.FirstOrDefault(k => !parameters.ContainsKey(k)) is { } unknown)
            return $"'{unknown}' is not an argument of this tool; it takes: {string.Join(", ", parameters.Keys)}.";
        foreach (var parameter in parameters.Values)
        {
            if (!arguments.TryGetValue(parameter.Name!, out var value) || value is null or JsonElement { ValueKind: JsonValueKind.Null })
            {
                if (!parameter.HasDefaultValue)
                    return $"'{parameter.Name}' is required.";
                continue;
            }
            if (Bind(parameter, value) is { } bad)
                return bad;
            if (value is JsonElement { ValueKind: JsonValueKind.String } text && UnknownId(parameter.Name!, text.GetString()!, index) is { } missing)
                return missing;
        }
        return null;
    }

    private static string? Bind(ParameterInfo parameter, object value)
    {
        try
        {
            var element = value is JsonElement e ? e : JsonSerializer.SerializeToElement(value, AIJsonUtilities.DefaultOptions);
            _ = element.Deserialize(parameter.ParameterType, AIJsonUtilities.DefaultOptions);
            return null;
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or FormatException)
        {
            var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
            var expected = type.IsEnum ? "one of " + string.Join(", ", Enum.GetNames(type))
                : type == typeof(DateOnly) ? "a date as yyyy-MM-dd"
                : type == typeof(DateTimeOffset) ? "an ISO 8601 instant with offset"
                : type.Name;
            return $"'{parameter.Name}' must be {expected}.";
        }
    }

    private static string? UnknownId(string name, string id, StoreIndex index) => name switch
    {
        "accountId" when !index.Accounts.ContainsKey(id) => Missing("account", id),
        "contactId" when !index.Contacts.ContainsKey(id) => Missing("contact", id),
        "dealId" when !index.Deals.ContainsKey(id) => Missing("deal", id),
        "ownerId" or "assigneeId" when !index.Users.ContainsKey(id) => Missing("user", id),
        _ => null,
    };

    private static string Missing(string kind, string id) =>
        $"there is no {kind} with id '{id}'; use an id from the candidates or from find.";
}
