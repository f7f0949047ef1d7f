using System.Text.RegularExpressions;

namespace Crm.Skills.Tests.Catalog;

/// <summary>STYLE §11: nothing in the skills reads the wall clock; "now" comes from the injected TimeProvider.</summary>
public sealed partial class NoWallClockTests
{
    [Fact]
    public void SkillsSource_NeverReadsTheWallClock()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Crm.Bot.sln")))
            root = root.Parent;
        Assert.NotNull(root);

        var offenders = Directory.EnumerateFiles(Path.Combine(root.FullName, "skills"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => WallClock().IsMatch(File.ReadAllText(f)))
            .ToList();

        Assert.Empty(offenders);
    }

    [GeneratedRegex(@"\bDateTime(Offset)?\.(Now|UtcNow|Today)\b")]
    private static partial Regex WallClock();
}
