using System.Diagnostics;
using Crm.Data.Deals;
using Crm.Data.Users;
using Crm.Skills.Understanding.Engine;
using Crm.Skills.Understanding.Index;

namespace Crm.Skills.Tests.Understanding;

/// <summary>
/// Understanding must not scan every name per message: over 10,000 accounts and 30,000 contacts the
/// median message is read in 2 ms or less once the index is built.
/// </summary>
[Collection(BenchmarkCollection.Name)]
public sealed class UnderstandingBenchmarkTests
{
    private static readonly string[] Syllables = ["vel", "tor", "mar", "quin", "dax", "lor", "zen", "pra", "kor", "bel", "sto", "rin", "gal", "fen", "tra", "mio"];
    private static readonly string[] Kinds = ["Systems", "Foods", "Logistics", "Labs", "Outfitters", "Energy", "Media", "Health"];
    private static readonly string[] First = ["Ava", "Liam", "Noah", "Emma", "Mia", "Ethan", "Zoe", "Ivan", "Ruth", "Omar", "Nina", "Hugo", "Lena", "Axel", "Iris"];
    private static readonly string[] Last = ["Stone", "Ng", "Okoro", "Berg", "Costa", "Dahl", "Frost", "Grant", "Holm", "Ibarra", "Jansen", "Kovac"];
    private static readonly string Han = "云杉星辰百川鼎盛安和凌霄博远顺达极光蓝海金石华泰天衡";
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"];

    [Fact]
    public void Understand_OverTenThousandAccounts_MedianMessageTakesAtMostTwoMilliseconds()
    {
        var index = BigIndex(accounts: 10_000, contactsPerAccount: 3);
        var engine = new EmbeddedEngine();
        var messages = new[]
        {
            $"just got off a call with {index.Contacts["C-1234-0"].Name} at {index.Accounts["A-1234"].Name}, moving it to negotiation at 45k",
            $"remind me to send {index.Contacts["C-777-1"].Name} the contract Friday",
            $"tell me about {index.Accounts["A-5555"].Name}",
            $"今天拜访了{index.Accounts["A-8001"].Name}的王总，聊了预算",
            "set the close date to end of month",
        };
        engine.Understand(messages[0], [], new ConversationState(), Context(index));

        // The best of three batches: a burst of work elsewhere on a shared 2-core machine slows one
        // batch, not the engine; a scan over all names would slow every batch.
        var medians = new List<double>();
        for (var batch = 0; batch < 3; batch++)
        {
            var times = new List<double>();
            for (var round = 0; round < 20; round++)
                foreach (var message in messages)
                {
                    var watch = Stopwatch.StartNew();
                    engine.Understand(message, [], new ConversationState(), Context(index));
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }
            times.Sort();
            medians.Add(times[times.Count / 2]);
        }

        Assert.True(medians.Min() <= 2.0, $"medians {string.Join(", ", medians.Select(m => m.ToString("0.000")))} ms");
    }

    private static TurnContext Context(StoreIndex index) => new()
    {
        Index = index,
        User = index.Users["U-1"],
        LocalNow = new DateTimeOffset(2026, 11, 18, 7, 0, 0, TimeSpan.FromHours(-8)),
        TimeZone = TimeZoneInfo.Utc,
    };

    private static StoreIndex BigIndex(int accounts, int contactsPerAccount)
    {
        var random = new Random(7);
        var rows = new List<StoreIndexBuilder.AccountRow>();
        var contacts = new List<IndexedContact>();
        var deals = new List<IndexedDeal>();
        for (var i = 0; i < accounts; i++)
        {
            var id = $"A-{i}";
            var name = i % 5 == 0
                ? $"{Han[random.Next(Han.Length)]}{Han[random.Next(Han.Length)]}{Han[random.Next(Han.Length)]}{Han[random.Next(Han.Length)]}科技有限公司"
                : $"{Word(random)}{Word(random)} {Kinds[random.Next(Kinds.Length)]}";
            rows.Add(new StoreIndexBuilder.AccountRow(id, name, "U-1", "USD", null, []));
            for (var c = 0; c < contactsPerAccount; c++)
                contacts.Add(new IndexedContact($"C-{i}-{c}", id, i % 5 == 0
                    ? Surnames[random.Next(Surnames.Length)] + Han[random.Next(Han.Length)]
                    : $"{First[random.Next(First.Length)]} {Last[random.Next(Last.Length)]}"));
            deals.Add(new IndexedDeal($"D-{i}", id, $"{name} platform rollout", "U-1", DealStage.Proposal, "USD"));
        }
        var users = new List<IndexedUser> { new("U-1", "Riley Chen", UserRole.Rep, "West", null, "UTC", "en-US") };
        return StoreIndexBuilder.Build(rows, contacts, deals, users);
    }

    private static string Word(Random random)
    {
        var word = Syllables[random.Next(Syllables.Length)] + Syllables[random.Next(Syllables.Length)];
        return char.ToUpperInvariant(word[0]) + word[1..];
    }
}

/// <summary>Timing tests run alone, so other tests competing for the two cores do not skew them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BenchmarkCollection
{
    public const string Name = "Benchmarks";
}
