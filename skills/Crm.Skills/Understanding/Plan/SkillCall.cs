using System.Text.Json;

namespace Crm.Skills.Understanding.Plan;

/// <summary>
/// A skill call a language model asked for, by catalog name with its JSON arguments, kept as plain
/// data so it can wait in conversation state as an offered choice and run later through the invoker.
/// </summary>
public sealed record SkillCall(string Function, string Arguments) : PlannedAction
{
    /// <summary>The arguments as the catalog takes them: each value a <see cref="JsonElement"/>.</summary>
    public IDictionary<string, object?> ArgumentMap()
    {
        using var doc = JsonDocument.Parse(Arguments);
        return doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone(), StringComparer.Ordinal);
    }
}
