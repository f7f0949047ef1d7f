using System.ComponentModel;
using System.Reflection;
using System.Text.Json;
using Crm.Skills.Catalog;

namespace Crm.Skills.Tests.Catalog;

public sealed class SkillCatalogTests
{
    private static readonly SkillCatalog Catalog = new();

    public static TheoryData<string> SkillMethods()
    {
        var data = new TheoryData<string>();
        foreach (var method in SkillCatalog.SkillTypes.SelectMany(SkillCatalog.SkillMethods))
            data.Add($"{method.DeclaringType!.Name}.{method.Name}");
        return data;
    }

    [Theory]
    [MemberData(nameof(SkillMethods))]
    public void Function_ForEverySkillMethod_ExistsWithDescriptionsForItAndEveryParameter(string qualifiedName)
    {
        var method = Method(qualifiedName);

        var function = Catalog.Find(SkillCatalog.FunctionName(method));

        Assert.NotNull(function);
        Assert.False(string.IsNullOrWhiteSpace(function.Description));
        var properties = function.JsonSchema.GetProperty("properties");
        foreach (var parameter in method.GetParameters().Where(p => p.ParameterType != typeof(CancellationToken)))
        {
            Assert.True(properties.TryGetProperty(parameter.Name!, out var schema), $"{parameter.Name} is missing from the schema");
            Assert.True(schema.TryGetProperty("description", out var description) && description.GetString()!.Length > 0,
                $"{qualifiedName}({parameter.Name}) has no description");
        }
    }

    [Fact]
    public void EveryEnumASkillTakes_HasADescriptionOnEveryMember()
    {
        var enums = SkillCatalog.SkillTypes.SelectMany(SkillCatalog.SkillMethods)
            .SelectMany(m => m.GetParameters())
            .Select(p => Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType)
            .Where(t => t.IsEnum).Distinct().ToList();

        Assert.NotEmpty(enums);
        foreach (var type in enums)
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
                Assert.True(field.GetCustomAttribute<DescriptionAttribute>() is { Description.Length: > 0 }, $"{type.Name}.{field.Name} has no description");
        }
    }

    [Fact]
    public void FunctionNames_AreUniqueSnakeCase()
    {
        var names = Catalog.Functions.Select(f => f.Name).ToList();

        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(names, n => Assert.Matches("^[a-z]+(_[a-z]+)*$", n));
        Assert.Contains("update_deal", names);
        Assert.Contains("undo_last", names);
    }

    [Fact]
    public void Schema_OfAnEnumParameter_ListsItsValues()
    {
        var schema = Catalog.Find("log_activity")!.JsonSchema.GetProperty("properties").GetProperty("type");

        Assert.Contains("Meeting", JsonSerializer.Serialize(schema), StringComparison.OrdinalIgnoreCase);
    }

    private static MethodInfo Method(string qualifiedName)
    {
        var (typeName, methodName) = (qualifiedName.Split('.')[0], qualifiedName.Split('.')[1]);
        return SkillCatalog.SkillTypes.Single(t => t.Name == typeName).GetMethod(methodName)!;
    }
}
