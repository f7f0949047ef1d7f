using Crm.Data.Exchange;

namespace Crm.Bot.Benchmarks;

/// <summary>
/// Messages a rep would send about records of the synthetic store, in English and Chinese, built
/// from the store's own names (with the odd typo) so lookups do real work.
/// </summary>
internal static class BenchmarkMessages
{
    private static readonly string[] English =
    [
        "just got off a call with {first} at {account}, they want a quote next week",
        "move the {account} deal to negotiation at 45k",
        "remind me to send {first} at {account} the contract on Friday",
        "tell me about {account}",
        "open a ticket for {account}: exports time out, high priority",
        "uh log a meeting with um {first} at {typo} about the renewal",
    ];

    private static readonly string[] Chinese =
    [
        "刚跟{account}的{surname}总通了个电话，下周二技术评审",
        "{account}的单子进入商务谈判了，金额三十五万",
        "提醒我周五之前给{account}的{surname}经理发合同",
        "{account}现在什么情况",
    ];

    public static IReadOnlyList<(string UserId, string Text)> Create(ExchangeDocument store, int count, int seed = 11)
    {
        var random = new Random(seed);
        var contactsByAccount = store.Contacts.GroupBy(c => c.AccountId).ToDictionary(g => g.Key, g => g.ToList());
        var messages = new List<(string, string)>(count);
        while (messages.Count < count)
        {
            var account = store.Accounts[random.Next(store.Accounts.Count)];
            var contact = contactsByAccount[account.Id][0];
            var chinese = account.Currency == "CNY";
            var templates = chinese ? Chinese : English;
            var text = templates[random.Next(templates.Length)]
                .Replace("{account}", account.Name, StringComparison.Ordinal)
                .Replace("{typo}", Typo(account.Name, random), StringComparison.Ordinal)
                .Replace("{first}", contact.Name.Split(' ')[0], StringComparison.Ordinal)
                .Replace("{surname}", contact.Name[..1], StringComparison.Ordinal);
            messages.Add((account.OwnerId, text));
        }
        return messages;
    }

    /// <summary>Swaps two neighbouring letters of the first word, as fast typing does.</summary>
    private static string Typo(string name, Random random)
    {
        var chars = name.ToCharArray();
        var at = 1 + random.Next(Math.Max(1, Math.Min(5, chars.Length - 2)));
        (chars[at], chars[at - 1]) = (chars[at - 1], chars[at]);
        return new string(chars);
    }
}
