namespace Crm.Bot.Cards.Wording;

/// <summary>Field names arrive camelCase (exchange format) or snake_case (stored); compare them folded.</summary>
internal static class FieldKey
{
    public static string Normalize(string field) => field.Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();
}
