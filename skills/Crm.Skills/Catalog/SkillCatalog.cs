using System.Reflection;
using System.Text;
using Crm.Skills.Activities;
using Crm.Skills.Contacts;
using Crm.Skills.Customers;
using Crm.Skills.Deals;
using Crm.Skills.Find;
using Crm.Skills.Help;
using Crm.Skills.Pipeline;
using Crm.Skills.Results;
using Crm.Skills.Settings;
using Crm.Skills.Tasks;
using Crm.Skills.Tickets;
using Crm.Skills.Undo;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Skills.Catalog;

/// <summary>
/// Every skill method as an <see cref="AIFunction"/> (name = snake_case method name without "Async"),
/// so a language model can call exactly what the embedded engine calls. Listed explicitly, no scanning.
/// Functions resolve their skill from the call's services (the message's DI scope) and return the
/// typed <see cref="SkillResult"/> unserialized.
/// </summary>
public sealed class SkillCatalog
{
    public static readonly IReadOnlyList<Type> SkillTypes =
    [
        typeof(ActivitySkills), typeof(DealSkills), typeof(DealListSkills), typeof(TaskSkills), typeof(TicketSkills),
        typeof(ContactSkills), typeof(CustomerSkills), typeof(CustomerListSkills), typeof(PipelineSkills), typeof(FindSkills), typeof(UndoSkills),
        typeof(SettingsSkills), typeof(HelpSkills),
    ];

    private readonly Dictionary<string, AIFunction> _byName;

    public SkillCatalog()
    {
        Functions = [.. SkillTypes.SelectMany(SkillMethods).Select(Create)];
        _byName = Functions.ToDictionary(f => f.Name, StringComparer.Ordinal);
    }

    public IReadOnlyList<AIFunction> Functions { get; }

    public static IEnumerable<MethodInfo> SkillMethods(Type skillType) =>
        skillType.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.ReturnType == typeof(Task<SkillResult>));

    public AIFunction? Find(string name) => _byName.GetValueOrDefault(name);

    public async Task<SkillResult> InvokeAsync(string name, IDictionary<string, object?> arguments, IServiceProvider services, CancellationToken ct)
    {
        if (Find(name) is not { } function)
            return new RefusalResult(RefusalReason.NotFound, $"There is no skill named {name}.");
        var result = await function.InvokeAsync(new AIFunctionArguments(arguments) { Services = services }, ct);
        return result as SkillResult ?? throw new InvalidOperationException($"{name} returned {result?.GetType().Name ?? "null"}.");
    }

    public static string FunctionName(MethodInfo method)
    {
        var name = method.Name.EndsWith("Async", StringComparison.Ordinal) ? method.Name[..^5] : method.Name;
        var sb = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && sb.Length > 0)
                sb.Append('_');
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    private static AIFunction Create(MethodInfo method) =>
        AIFunctionFactory.Create(
            method,
            args => args.Services!.GetRequiredService(method.DeclaringType!),
            new AIFunctionFactoryOptions
            {
                Name = FunctionName(method),
                // Hand the typed result back as is; whoever talks to the model serializes it.
                MarshalResult = (result, _, _) => new ValueTask<object?>(result),
            });
}
