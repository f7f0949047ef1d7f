using System.Text;
using Crm.Skills.Understanding.Index;
using Crm.Skills.Understanding.Language;

namespace Crm.Skills.Understanding.Llm;

/// <summary>
/// The records the store finds for the names in a message, with what the model needs to pick among
/// them (each account's contacts and open deals). Never the whole store: only what was named, capped.
/// </summary>
public static class Candidates
{
    private const int MaxAccounts = 6;
    private const int MaxPerAccount = 8;

    public static string Describe(StoreIndex index, string text)
    {
        var accounts = new List<string>();
        var contacts = new List<string>();
        var deals = new List<string>();
        var named = MentionFinder.Find(index.ContactNames, text).Select(m => m.Id)
            // 王总, 李经理: a surname and a title name a contact at the account in context.
            .Concat(Honorifics.FindAll(text).SelectMany(h => index.ContactsBySurname.GetValueOrDefault(h.Surname) ?? []));
        foreach (var id in named)
            if (index.Contacts.TryGetValue(id, out var c)) { contacts.Add(c.Id); accounts.Add(c.AccountId); }
        foreach (var m in MentionFinder.Find(index.DealWords, text))
            if (index.Deals.TryGetValue(m.Id, out var d)) { deals.Add(d.Id); accounts.Add(d.AccountId); }
        accounts.InsertRange(0, MentionFinder.Find(index.AccountNames, text, allowTypos: true).Select(m => m.Id).Where(index.Accounts.ContainsKey));
        var users = MentionFinder.Find(index.UserNames, text).Select(m => m.Id).Where(index.Users.ContainsKey).Distinct().Take(MaxPerAccount);

        var sb = new StringBuilder();
        foreach (var id in accounts.Distinct().Take(MaxAccounts))
            Account(sb, index, index.Accounts[id], contacts, deals);
        foreach (var id in users)
        {
            var u = index.Users[id];
            sb.AppendLine($"user {u.Id} \"{u.Name}\" role {u.Role}{(u.Team is null ? "" : $" team {u.Team}")}");
        }
        return sb.Length == 0 ? "(no records matched the names in the message; use find)" : sb.ToString().TrimEnd();
    }

    private static void Account(StringBuilder sb, StoreIndex index, IndexedAccount a, List<string> namedContacts, List<string> namedDeals)
    {
        sb.AppendLine($"account {a.Id} \"{a.Name}\" owner {a.OwnerId} currency {a.Currency}");
        var accountContacts = index.ContactsOf(a.Id).ToList();
        foreach (var c in accountContacts.OrderByDescending(c => namedContacts.Contains(c.Id)).Take(MaxPerAccount))
            sb.AppendLine($"  contact {c.Id} \"{c.Name}\"");
        var open = index.OpenDealsOf(a.Id).ToList();
        var named = namedDeals.Select(id => index.Deals[id]).Where(d => d.AccountId == a.Id && !d.IsOpen);
        foreach (var d in open.Concat(named).OrderByDescending(d => namedDeals.Contains(d.Id)).Take(MaxPerAccount))
            sb.AppendLine($"  deal {d.Id} \"{d.Name}\" stage {d.Stage} owner {d.OwnerId} {(d.IsOpen ? "open" : "closed")}");
        if (open.Count == 0)
            sb.AppendLine("  (no open deals)");
    }
}
