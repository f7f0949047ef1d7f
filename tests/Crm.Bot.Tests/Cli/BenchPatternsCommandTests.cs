using System.Text.RegularExpressions;

namespace Crm.Bot.Tests.Cli;

/// <summary><c>bench patterns</c> with one round: it measures nothing here, it must find the understanding's patterns and list them.</summary>
public sealed class BenchPatternsCommandTests
{
    [Fact]
    public async Task BenchPatterns_OneRound_TimesEveryGeneratedPatternOfTheUnderstanding()
    {
        using var cli = new CliProcess();

        var (exitCode, stdout, stderr) = await cli.RunAsync("bench", "patterns", "--rounds", "1", "--top", "1000");

        Assert.True(exitCode == 0, stdout + stderr);
        var count = int.Parse(Regex.Match(stdout, @"^(\d+) patterns over 50 messages, 1 rounds", RegexOptions.Multiline).Groups[1].Value);
        Assert.True(count > 300, stdout); // the engine has several hundred; none found would mean the search is broken
        Assert.Contains("Understanding.Reading.IntentClassifier.EnglishActivityCue", stdout, StringComparison.Ordinal);
        Assert.Contains($"all {count} together", stdout, StringComparison.Ordinal);
    }
}
