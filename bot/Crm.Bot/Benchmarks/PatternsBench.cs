using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;
using Crm.Skills.Understanding.Engine;

namespace Crm.Bot.Benchmarks;

/// <summary>
/// <c>bench patterns</c>: the time each of the understanding's regular expressions takes over the benchmark messages,
/// slowest first. One pattern can cost a turn more than all the others: a branch added to a long alternation once made
/// it eight times slower (16 to 130 µs a message), which <c>bench messages</c> showed only as 8% more CPU per message.
/// </summary>
internal static class PatternsBench
{
    public static int Run(int shown, int rounds)
    {
        var messages = BenchmarkMessages.Create(SyntheticStore.Create(50, 2), 50).Select(m => m.Text).ToArray();
        var timed = Patterns().Select(p => (p.Name, Micros: MicrosPerMessage(p.Pattern, messages, rounds))).OrderByDescending(p => p.Micros).ToList();
        Console.WriteLine($"{timed.Count} patterns over {messages.Length} messages, {rounds} rounds; µs per message if each ran once:");
        foreach (var (name, micros) in timed.Take(shown))
            Console.WriteLine($"{micros,9:0.00}  {name}");
        Console.WriteLine($"{timed.Sum(p => p.Micros),9:0.00}  all {timed.Count} together");
        return 0;
    }

    /// <summary>Every <c>[GeneratedRegex]</c> of the skills assembly: a static method with no parameters that returns a Regex.</summary>
    private static IEnumerable<(string Name, Regex Pattern)> Patterns() =>
        from type in typeof(EmbeddedEngine).Assembly.GetTypes()
        from method in type.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
        where method.ReturnType == typeof(Regex) && method.GetParameters().Length == 0 && !method.IsGenericMethod
        select ($"{type.FullName?.Replace("Crm.Skills.", "", StringComparison.Ordinal)}.{method.Name}", (Regex)method.Invoke(null, null)!);

    private static double MicrosPerMessage(Regex pattern, string[] messages, int rounds)
    {
        // Warmed up past the JIT's first tier, which compiles a method again after 30 calls.
        for (var round = 0; round < 40; round++)
            foreach (var message in messages)
                pattern.Match(message);
        var started = Stopwatch.GetTimestamp();
        for (var round = 0; round < rounds; round++)
            foreach (var message in messages)
                pattern.Match(message);
        return Stopwatch.GetElapsedTime(started).TotalMicroseconds / (rounds * messages.Length);
    }
}
