using System.CommandLine;
using System.Diagnostics;
using Crm.Bot.Cli;
using Crm.Data.Store;
using Crm.Data.Store.Templates;
using Crm.Skills.Understanding.Engine;
using Crm.Skills.Understanding.Index;
using Crm.Skills.Understanding.Language;
using Microsoft.EntityFrameworkCore;

namespace Crm.Bot.Benchmarks;

/// <summary>
/// <c>bench understanding</c> (and <c>bench messages</c>, see Messages/, and <c>bench patterns</c>, see PatternsBench): per-message latency of the embedded engine over a large store
/// (default 10,000 accounts and 30,000 contacts). A benchmark, not a test: it reports figures.
/// </summary>
internal static class BenchCommand
{
    public static Command Create(Func<string[], WebApplication> buildWebApp)
    {
        var accounts = new Option<int>("--accounts") { Description = "Accounts in the synthetic store.", DefaultValueFactory = _ => 10_000 };
        var contacts = new Option<int>("--contacts-per-account") { Description = "Contacts per account.", DefaultValueFactory = _ => 3 };
        var messages = new Option<int>("--messages") { Description = "Messages to time (after a warm-up of 200).", DefaultValueFactory = _ => 2_000 };
        var understanding = new Command("understanding", "Time the embedded engine on generated English and Chinese messages.") { accounts, contacts, messages };
        understanding.SetAction((result, ct) => CliErrors.GuardAsync(() =>
            RunAsync(result.GetValue(accounts), result.GetValue(contacts), result.GetValue(messages), ct)));
        var top = new Option<int>("--top") { Description = "How many of the slowest patterns to list.", DefaultValueFactory = _ => 25 };
        var rounds = new Option<int>("--rounds") { Description = "Times each pattern reads the 50 messages.", DefaultValueFactory = _ => 200 };
        var patterns = new Command("patterns", "Time each of the understanding's regular expressions on the benchmark messages.") { top, rounds };
        patterns.SetAction(result => PatternsBench.Run(result.GetValue(top), Math.Max(1, result.GetValue(rounds))));
        return new Command("bench", "Benchmarks (figures, not pass/fail).") { understanding, patterns, Messages.MessagesBenchCommand.Create(buildWebApp) };
    }

    private static async Task<int> RunAsync(int accountCount, int contactsPerAccount, int messageCount, CancellationToken cancellationToken)
    {
        Console.WriteLine($"Building a store of {accountCount:N0} accounts and {accountCount * contactsPerAccount:N0} contacts…");
        var document = SyntheticStore.Create(accountCount, contactsPerAccount);
        using var template = await SqliteStoreTemplate.CreateAsync(document, cancellationToken);
        await using var copy = template.OpenCopy();
        await using var db = copy.CreateContext();

        var indexTime = Stopwatch.StartNew();
        var index = await new StoreIndexCache().GetAsync(db, cancellationToken);
        indexTime.Stop();
        var engine = new EmbeddedEngine();
        var users = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, cancellationToken);
        var now = new DateTimeOffset(2026, 11, 18, 17, 0, 0, TimeSpan.Zero);
        var all = BenchmarkMessages.Create(document, messageCount + 200);

        var timings = new List<double>(messageCount);
        for (var i = 0; i < all.Count; i++)
        {
            var (userId, text) = all[i];
            var user = index.Users[userId];
            var zone = TimeZoneInfo.FindSystemTimeZoneById(users[userId].TimeZone);
            var ctx = new TurnContext { Index = index, User = user, LocalNow = TimeZoneInfo.ConvertTime(now, zone), TimeZone = zone };
            var started = Stopwatch.GetTimestamp();
            engine.Understand(text, [], new ConversationState(), ctx);
            if (i >= 200)
                timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        Report(indexTime.Elapsed, timings);
        return 0;
    }

    private static void Report(TimeSpan indexTime, List<double> timings)
    {
        timings.Sort();
        double At(double q) => timings[Math.Min(timings.Count - 1, (int)(q * timings.Count))];
        Console.WriteLine($"index built in {indexTime.TotalMilliseconds:N0} ms; managed heap {GC.GetTotalMemory(false) / 1_048_576:N0} MiB");
        Console.WriteLine($"{timings.Count} messages: p50 {At(0.50):0.000} ms, p90 {At(0.90):0.000} ms, p99 {At(0.99):0.000} ms, max {timings[^1]:0.000} ms");
        Console.WriteLine($"targets: p50 <= 2 ms, p99 <= 10 ms: {(At(0.50) <= 2 && At(0.99) <= 10 ? "met" : "NOT met")}");
    }
}
