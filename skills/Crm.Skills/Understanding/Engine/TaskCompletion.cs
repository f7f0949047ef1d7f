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
        var named = new NamedRecords(refs.AccountId, refs.ContactId, refs.DealNamed ? refs.DealId : null);
        var names = named.Names(ctx, clause.Text);
        var words = Words(clause.Text, names, ctx);
        var candidates = Candidates(tasks, named, names, words, alone);
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

    private static List<OpenTask> Candidates(IReadOnlyList<OpenTask> tasks, NamedRecords named, IReadOnlyList<string> names, HashSet<string> words, bool alone)
    {
        var linked = tasks.Where(named.AreAbout).ToList();
        var pool = !named.Any ? [.. tasks]
            : linked.Count > 0 ? linked
            // Nothing is linked to the record named: a task that names it in its title, or one about no record at all.
            : tasks.Where(t => t.AccountId is null && t.DealId is null && t.ContactId is null || Mentions(t, names)).ToList();
        if (words.Count == 0)
            return pool;
        var scored = pool.Select(t => (Task: t, Score: ContentWords.Of(t.Title).Count(words.Contains))).ToList();
        var best = scored.Count == 0 ? 0 : scored.Max(s => s.Score);
        if (best > 0)
            return [.. scored.Where(s => s.Score == best).Select(s => s.Task)];
        // The record named has tasks but none reads like what was said: ask rather than guess or give up.
        if (linked.Count > 0 && alone)
            throw new NeedsAnswerException(SlotKind.Task, [.. linked.Select(t => t.Id)], "no task of the record named reads like that")
            {
                Titles = linked.ToDictionary(t => t.Id, Label),
            };
        return [];
    }

    private static bool Mentions(OpenTask task, IReadOnlyList<string> names)
    {
        var title = ContentWords.Of(task.Title);
        return names.Any(n => ContentWords.Of(n).Overlaps(title));
    }

    public static string Label(OpenTask task) => task.DueAt is { } due ? $"{task.Title} ({due:yyyy-MM-dd})" : task.Title;

    /// <summary>The account, contact and deal the message names (a deal only when the message itself named it).</summary>
    private sealed record NamedRecords(string? AccountId, string? ContactId, string? DealId)
    {
        public bool Any => AccountId is not null || ContactId is not null || DealId is not null;

        public bool AreAbout(OpenTask t) =>
            (AccountId is not null && t.AccountId == AccountId) || (ContactId is not null && t.ContactId == ContactId)
            || (DealId is not null && t.DealId == DealId);

        /// <summary>The names as written in the message and as stored, so they are not read as what the task is about.</summary>
        public IReadOnlyList<string> Names(TurnContext ctx, string text)
        {
            var names = new List<string>();
            if (AccountResolver.Resolve(ctx.Index, text) is { IsUnique: true, Text: { } said })
                names.Add(said);
            if (AccountId is not null && ctx.Index.Accounts.TryGetValue(AccountId, out var account))
                names.Add(account.Name);
            if (ContactId is not null && ctx.Index.Contacts.TryGetValue(ContactId, out var contact))
                names.Add(contact.Name);
            if (DealId is not null && ctx.Index.Deals.TryGetValue(DealId, out var deal))
                names.Add(deal.Name);
            return [.. names.Where(n => n.Length > 0).OrderByDescending(n => n.Length)];
        }
    }
}
