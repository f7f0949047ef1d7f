using System.Text.Json;
using Crm.Data.Names;
using Crm.Skills.Understanding.Engine;
using Crm.Skills.Understanding.Index;
using Crm.Skills.Understanding.Language;
using Crm.Skills.Understanding.Reading;

namespace Crm.Skills.Understanding.Llm;

/// <summary>
/// Whether a write the model proposes rests on the user's own words, for a message in which the
/// embedded reading found no request to compare it with. It does when every record it touches is
/// named there (by the store's name index, an id written out, or the records the previous write just
/// made) and every value it sets is said there in some form (<see cref="GroundedValues"/>). Only the
/// user's words count: never a transcript, attachment or tool result, which may say anything.
/// </summary>
public sealed class WriteGrounding
{
    private static readonly string[] IdKeys = ["accountId", "contactId", "dealId", "ticketId", "taskId", "activityId", "ownerId", "assigneeId"];

    private readonly string _folded;
    private readonly TurnContext _context;
    private readonly IReadOnlySet<string> _recent;
    private readonly Lazy<Named> _named;
    private readonly GroundedValues _values;

    /// <param name="words">The user's message (and, when it answers the model's question, the request asked about).</param>
    /// <param name="recent">Records the previous write made or changed: a correction may name them only by "it".</param>
    public WriteGrounding(string words, TurnContext context, IEnumerable<string?> recent)
    {
        _folded = NameFolding.Fold(words);
        _context = context;
        _recent = recent.OfType<string>().ToHashSet(StringComparer.Ordinal);
        _named = new(() => Named.In(context.Index, words));
        _values = new GroundedValues(words, context);
    }

    public bool IsGrounded(string function, IDictionary<string, object?> arguments)
    {
        foreach (var (key, value) in arguments)
        {
            if (value is null or JsonElement { ValueKind: JsonValueKind.Null } || key == "source")
                continue;
            if (value is not JsonElement element)
                return false;
            var grounded = IdKeys.Contains(key) ? element.ValueKind == JsonValueKind.String && RecordNamed(key, element.GetString()!)
                // A person's name is not the model's to make up: a new or renamed contact's name is in the words.
                : key == "name" && function is "add_contact" or "update_contact" ? element.ValueKind == JsonValueKind.String && Said(element.GetString()!)
                : _values.Said(key, element);
            if (!grounded)
                return false;
        }
        return true;
    }

    private bool RecordNamed(string key, string id)
    {
        if (_recent.Contains(id) || Written(id))
            return true;
        var named = _named.Value;
        var index = _context.Index;
        return key switch
        {
            "accountId" => named.Accounts.Contains(id),
            "contactId" => named.Contacts.Contains(id),
            "dealId" => named.Deals.Contains(id) || OnlyDealOfNamedAccount(id, named, index),
            "ticketId" => named.Tickets.Contains(id),
            "ownerId" or "assigneeId" => id == _context.User.Id || named.Users.Contains(id),
            _ => false,
        };
    }

    /// <summary>"Bramblewood is in redlines": the account's one open deal, when no deal of it is named by its words.</summary>
    private static bool OnlyDealOfNamedAccount(string dealId, Named named, StoreIndex index) =>
        index.Deals.TryGetValue(dealId, out var deal) && deal.IsOpen && named.Accounts.Contains(deal.AccountId)
        && !named.Deals.Any(d => index.Deals.TryGetValue(d, out var other) && other.AccountId == deal.AccountId)
        && index.OpenDealsOf(deal.AccountId).Count() == 1;

    /// <summary>An id written out in the message ("T-501", "ACT-0105"), as a whole word.</summary>
    private bool Written(string id) => Said(id);

    /// <summary>The text folded as names are, found in the words as whole words (Chinese as written).</summary>
    private bool Said(string text)
    {
        var key = NameFolding.Fold(text);
        if (key.Length == 0)
            return false;
        return LanguageDetector.CountIdeographs(key) > 0 ? _folded.Contains(key, StringComparison.Ordinal) : $" {_folded} ".Contains($" {key} ", StringComparison.Ordinal);
    }

    /// <summary>The records the message's words name, by the same index the embedded engine reads.</summary>
    private sealed record Named(IReadOnlySet<string> Accounts, IReadOnlySet<string> Contacts, IReadOnlySet<string> Deals, IReadOnlySet<string> Users, IReadOnlySet<string> Tickets)
    {
        public static Named In(StoreIndex index, string words)
        {
            var byName = MentionFinder.Find(index.AccountNames, words, allowTypos: true).Select(m => m.Id).Where(index.Accounts.ContainsKey).ToHashSet(StringComparer.Ordinal);
            // 王总 names a contact only when one 王 is in the store, or the account is named too.
            var contacts = MentionFinder.Find(index.ContactNames, words).Select(m => m.Id)
                .Concat(Honorifics.FindAll(words).SelectMany(h => index.ContactsBySurname.GetValueOrDefault(h.Surname) is { } ids
                    ? ids.Count == 1 ? ids : ids.Where(id => index.Contacts.TryGetValue(id, out var c) && byName.Contains(c.AccountId))
                    : []))
                .Where(index.Contacts.ContainsKey).ToHashSet(StringComparer.Ordinal);
            var deals = MentionFinder.Find(index.DealWords, words).Select(m => m.Id).Where(index.Deals.ContainsKey).ToHashSet(StringComparer.Ordinal);
            var accounts = byName
                .Concat(contacts.Select(c => index.Contacts[c].AccountId))
                .Concat(deals.Select(d => index.Deals[d].AccountId))
                .Where(index.Accounts.ContainsKey).ToHashSet(StringComparer.Ordinal);
            var users = MentionFinder.Find(index.UserNames, words).Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
            var tickets = IntentClassifier.TicketIds(words).Concat(DescribedTicket(index, words)).ToHashSet(StringComparer.Ordinal);
            return new Named(accounts, contacts, deals, users, tickets);
        }

        /// <summary>"the SSO ticket": the one ticket whose title shares the most words with the message, when one stands out.</summary>
        private static IEnumerable<string> DescribedTicket(StoreIndex index, string words)
        {
            var scores = index.TicketWords.Match(words);
            if (scores.Count == 0)
                return [];
            var top = scores.Values.Max();
            var best = scores.Where(s => s.Value >= top).Select(s => s.Key).ToList();
            return top >= TicketWordIndex.TitleWeight && best.Count == 1 ? best : [];
        }
    }
}
