using System.Reflection;
using Crm.Skills.Catalog;
using Microsoft.Extensions.AI;

namespace Crm.Skills.Understanding.Llm;

/// <summary>
/// The skills the model may call: reads it uses to look things up, and the everyday writes (with the
/// updates a correction of the previous message needs). Undo, settings and previews are commands the
/// embedded engine and the card buttons handle, so the model never sees them.
/// </summary>
public sealed class ToolSet
{
    public static readonly IReadOnlySet<string> Reads = new HashSet<string>(StringComparer.Ordinal)
    {
        "find", "get_summary", "get_history", "list_customers", "get_pipeline", "list_deals", "get_deal", "get_contact", "list_tickets", "list_open_tasks",
    };

    public static readonly IReadOnlySet<string> Writes = new HashSet<string>(StringComparer.Ordinal)
    {
        "log_activity", "update_activity", "create_deal", "update_deal", "create_task", "complete_task", "update_task",
        "open_ticket", "update_ticket", "add_comment", "add_contact", "update_contact",
    };

    private readonly Dictionary<string, MethodInfo> _methods;

    public ToolSet(SkillCatalog catalog)
    {
        Tools = [.. catalog.Functions.Where(f => Reads.Contains(f.Name) || Writes.Contains(f.Name))];
        _methods = SkillCatalog.SkillTypes.SelectMany(SkillCatalog.SkillMethods)
            .ToDictionary(SkillCatalog.FunctionName, m => m, StringComparer.Ordinal);
    }

    public IReadOnlyList<AIFunction> Tools { get; }

    public static bool IsWrite(string name) => Writes.Contains(name);

    /// <summary>The skill method behind a tool the model may call, or null for any other name.</summary>
    public MethodInfo? Method(string name) =>
        Reads.Contains(name) || Writes.Contains(name) ? _methods.GetValueOrDefault(name) : null;
}
