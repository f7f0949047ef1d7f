using Crm.Skills.Understanding.Language;
using Crm.Skills.Understanding.Plan;
using Crm.Skills.Understanding.Reading;
using Crm.Skills.Understanding.Resolution;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// "Mark the contract task as done", "给某客户发报价那个任务做完了": one of the acting user's open tasks,
/// found by the words left once the completion words are taken out (matched against titles) and by
/// the account, contact or deal named (matched against what the task is about). One fits: it is
/// completed. Several fit: the user is asked, with them as choices. None: the user is told, nothing written.
/// </summary>
public static class TaskCompletion
{
    /// <param name="alone">
    /// False when the message asks for other things too: then a task of the record named that reads
    /// nothing like what was said is no match (narration, not a request) rather than a question.
    /// </param>
    public static CompleteTask Build(Clause clause, References refs, TurnContext ctx, bool alone = true)
    {
        var tasks = ctx.OpenTasks;
        if (ctx.Bindings.TaskId is { } picked && tasks.Any(t => t.Id == picked))
            return new CompleteTask(picked) { FromText = clause.Text };
        if (tasks.Count == 0)
            throw new NothingMatchesException("You have no open tasks, so nothing was changed.", "您目前没有未完成的任务，没有做任何修改。");
        var named = new NamedRecords(refs.AccountId, refs.ContactId, refs.DealNamed ? refs.DealId : null, ctx);
        var names = named.Names(clause.Text);
        var words = Words(clause.Text, names, ctx);
        var candidates = Candidates(tasks, named, words, alone);
        return candidates.Count switch
        {
            1 => new CompleteTask(candidates[0].Id) { FromText = clause.Text },
            0 => throw new NothingMatchesException(
                "I couldn't find an open task of yours that matches, so nothing was changed.",
                "没有找到与之相符的未完成任务，没有做任何修改。"),
            _ => throw new NeedsAnswerException(SlotKind.Task, [.. candidates.Select(t => t.Id)], "several open tasks fit")
            {
                Titles = candidates.ToDictionary(t => t.Id, Label),
            },
        };
    }

    /// <summary>What the message says the task is about: no completion words, dates or record names.</summary>
    private static HashSet<string> Words(string text, IReadOnlyList<string> names, TurnContext ctx)
    {
        var rest = TaskWords.WithoutCompletionWords(TextParts.WithoutDates(text, ctx.Dates(DateDirection.Future)));
        foreach (var name in names)
            rest = rest.Replace(name, " ", StringComparison.OrdinalIgnoreCase);
        var words = ContentWords.Of(rest);
        foreach (var name in names)
            words.ExceptWith(ContentWords.Of(name));
        return words;
    }

    /// <summary>
    /// The tasks about the most specific record named (the deal, else the contact, else the account), by
    /// link or by title; then those whose titles share the most words with what was said. Failing that,
    /// a task of the same account qualifies only by its words, never by the account alone.
    /// </summary>
    private static List<OpenTask> Candidates(IReadOnlyList<OpenTask> tasks, NamedRecords named, HashSet<string> words, bool alone)
    {
        var pool = named.Any ? tasks.Where(named.Fits).ToList() : [.. tasks];
        if (pool.Count == 0 && named.Any)
            return BestByWords(tasks.Where(named.AtAccount), words);
        if (words.Count == 0)
            return pool;
        var best = BestByWords(pool, words);
        // The record named has tasks but none reads like what was said: ask rather than guess or give up.
        if (best.Count == 0 && named.Any && alone)
            throw new NeedsAnswerException(SlotKind.Task, [.. pool.Select(t => t.Id)], "no task of the record named reads like that")
            {
                Titles = pool.ToDictionary(t => t.Id, Label),
            };
        return best;
    }

    private static List<OpenTask> BestByWords(IEnumerable<OpenTask> tasks, HashSet<string> words)
    {
        var scored = tasks.Select(t => (Task: t, Score: ContentWords.Of(t.Title).Count(words.Contains))).Where(s => s.Score > 0).ToList();
        if (scored.Count == 0)
            return [];
        var best = scored.Max(s => s.Score);
        return [.. scored.Where(s => s.Score == best).Select(s => s.Task)];
    }

    public static string Label(OpenTask task) => task.DueAt is { } due ? $"{task.Title} ({due:yyyy-MM-dd})" : task.Title;

    /// <summary>The account, contact and deal the message names (a deal only when the message itself named it).</summary>
    private sealed class NamedRecords(string? accountId, string? contactId, string? dealId, TurnContext ctx)
    {
        private readonly HashSet<string> _own = Own(accountId, contactId, dealId, ctx);

        public bool Any => accountId is not null || contactId is not null || dealId is not null;

        /// <summary>About the most specific record named: linked to it, or (at its account or at none) naming it in the title.</summary>
        public bool Fits(OpenTask t)
        {
            if (dealId is not null && t.DealId == dealId || contactId is not null && dealId is null && t.ContactId == contactId)
                return true;
            if (dealId is null && contactId is null)
                return t.AccountId == accountId || t.AccountId is null && ContentWords.Of(t.Title).Overlaps(_own);
            return (t.AccountId is null || t.AccountId == accountId) && ContentWords.Of(t.Title).Overlaps(_own);
        }

        public bool AtAccount(OpenTask t) => accountId is not null && t.AccountId == accountId;

        /// <summary>The words that name the most specific record, without its account's (a deal's name repeats it).</summary>
        private static HashSet<string> Own(string? accountId, string? contactId, string? dealId, TurnContext ctx)
        {
            var account = accountId is not null && ctx.Index.Accounts.TryGetValue(accountId, out var a) ? ContentWords.Of(a.Name) : [];
            if (dealId is not null && ctx.Index.Deals.TryGetValue(dealId, out var deal))
                return [.. ContentWords.Of(deal.Name).Except(account)];
            if (contactId is not null && ctx.Index.Contacts.TryGetValue(contactId, out var contact))
                return ContentWords.Of(contact.Name);
            return account;
        }

        /// <summary>The names as written in the message and as stored, so they are not read as what the task is about.</summary>
        public IReadOnlyList<string> Names(string text)
        {
            var names = new List<string>();
            if (AccountResolver.Resolve(ctx.Index, text) is { IsUnique: true, Text: { } said })
                names.Add(said);
            if (accountId is not null && ctx.Index.Accounts.TryGetValue(accountId, out var account))
                names.Add(account.Name);
            if (contactId is not null && ctx.Index.Contacts.TryGetValue(contactId, out var contact))
                names.Add(contact.Name);
            if (dealId is not null && ctx.Index.Deals.TryGetValue(dealId, out var deal))
                names.Add(deal.Name);
            return [.. names.Where(n => n.Length > 0).OrderByDescending(n => n.Length)];
        }
    }
}
