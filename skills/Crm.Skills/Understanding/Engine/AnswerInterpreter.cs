using System.Text.RegularExpressions;
using Crm.Skills.Understanding.Index;
using Crm.Skills.Understanding.Language;
using Crm.Skills.Understanding.Reading;
using Crm.Skills.Understanding.Resolution;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// Reads the answer to an open question: a pick by position ("2", "第二个"), a candidate's name or
/// words of it ("the Lakeview one", "分析那个", "门户那个"), an account that leaves one
/// candidate ("青松网络的"), or the stage of one offered deal ("the proposal one", "谈判那个").
/// Returns the bindings that settle the question, or null when the message is not an answer (then
/// it is read as a new request).
/// </summary>
public static partial class AnswerInterpreter
{
    public static Bindings? Resolve(string answer, PendingQuestion pending, TurnContext ctx)
    {
        var b = pending.Bindings;
        if (pending.Slot == SlotKind.Value)
            // "给T-606加个备注" → "备注要写什么？" → "积分规则…": the answer is what the note says, after the cue's colon.
            return IsValueAnswer(answer) ? b with { Extra = ((b.Extra ?? "") + (pending.Field == "comment" ? "：" : " ") + answer).Trim() } : null;
        var picked = Pick(answer, pending, ctx);
        if (picked is null)
            return null;
        return pending.Slot switch
        {
            // "Globex, it was Hank", "天府软件的，杨总反馈的": the answer may name the person as well.
            SlotKind.Account => b with { AccountId = picked, ContactId = b.ContactId ?? ContactNamed(answer, picked, ctx), Extra = WithPrioritySaid(b.Extra, answer, pending) },
            SlotKind.Contact => b with { ContactId = picked, AccountId = b.AccountId ?? ctx.Index.Contacts[picked].AccountId, Extra = WithPrioritySaid(b.Extra, answer, pending) },
            SlotKind.Deal => b with { DealId = picked, AccountId = b.AccountId ?? ctx.Index.Deals[picked].AccountId },
            SlotKind.Task => b with { TaskId = picked },
            SlotKind.Ticket => b with { TicketId = picked },
            _ => null,
        };
    }

    /// <summary>
    /// A short answer is the value asked for; a longer one too ("password reset links expire after 5 minutes
    /// instead of 24 hours. high priority"), unless it asks for something of its own, which is a new request.
    /// </summary>
    private static bool IsValueAnswer(string answer) =>
        answer.Length <= 60 || (answer.Length <= 300 && ClauseSplitter.Split(answer).All(c => c.Intent == Intent.None));

    /// <summary>
    /// "globex, low priority" to "which account?" about a new ticket: the priority said with the answer counts as if said
    /// with the request. Only the priority is carried, so the customer's name does not end up in the ticket's title.
    /// </summary>
    private static string? WithPrioritySaid(string? extra, string answer, PendingQuestion pending)
    {
        if (!IntentClassifier.AsksForNewTicket(pending.Text)
            || Vocabulary.TicketPriorities(answer).Where(m => !m.Negated).Select(m => (Crm.Data.Tickets.TicketPriority?)m.Value).LastOrDefault() is not { } priority)
            return extra;
        var said = LanguageDetector.IsChinese(pending.Text) ? $"，{PriorityWordsZh[priority]}" : $", {priority.ToString().ToLowerInvariant()} priority";
        return ((extra ?? "") + said).Trim();
    }

    private static readonly Dictionary<Crm.Data.Tickets.TicketPriority, string> PriorityWordsZh = new()
    {
        [Crm.Data.Tickets.TicketPriority.Urgent] = "紧急",
        [Crm.Data.Tickets.TicketPriority.High] = "高优先级",
        [Crm.Data.Tickets.TicketPriority.Normal] = "普通优先级",
        [Crm.Data.Tickets.TicketPriority.Low] = "低优先级",
    };

    private static string? ContactNamed(string answer, string accountId, TurnContext ctx) =>
        ContactResolver.Resolve(ctx.Index, answer, accountId) is { IsUnique: true } contact ? contact.Id : null;

    private static string? Pick(string answer, PendingQuestion pending, TurnContext ctx)
    {
        var candidates = pending.CandidateIds;
        if (candidates.Count > 0 && OrdinalReader.TryRead(answer, out var position))
        {
            if (position == OrdinalReader.Last)
                return candidates[^1];
            if (position >= 1 && position <= candidates.Count)
                return candidates[position - 1];
        }
        // "不是MES 是另一个", "not the Globex one, the other", "不是MES那个": the one offered that is left when the one named
        // is ruled out; never the one named, so with more than one left it is no answer.
        if (RuledOut().Match(answer) is { Success: true } not)
            return Pick(not.Groups["not"].Value, pending, ctx) is { } excluded && candidates.Contains(excluded)
                ? Only(candidates.Where(c => c != excluded))
                : null;
        var exactId = candidates.FirstOrDefault(c => answer.Contains(c, StringComparison.OrdinalIgnoreCase));
        if (exactId is not null)
            return exactId;
        var account = AccountResolver.Resolve(ctx.Index, answer);
        switch (pending.Slot)
        {
            case SlotKind.Account:
                if (account.IsUnique && (candidates.Count == 0 || candidates.Contains(account.Id!) || OnlyTheAccountNamed(answer, account)))
                    return account.Id;
                return candidates.Count > 0 ? Only(account.Candidates.Intersect(candidates)) : null;
            case SlotKind.Deal:
                var byWords = MentionFinder.Find(ctx.Index.DealWords, answer).Select(m => m.Id).Where(candidates.Contains).Distinct().ToList();
                if (byWords.Count == 1)
                    return byWords[0];
                if (candidates.Count == 0)
                    return DealResolver.Resolve(ctx.Index, answer, account.Id, null, needed: false).Id;
                var ofAccount = account.IsUnique ? candidates.Where(c => ctx.Index.Deals[c].AccountId == account.Id).Distinct().ToList() : null;
                if (ofAccount is { Count: 1 })
                    return ofAccount[0];
                // "The proposal one", "the 35k one", "小的那个": of the candidates the words and the account left, the one
                // at that stage or of that size.
                var pool = (byWords.Count > 1 ? byWords : candidates).Where(c => ofAccount is null || ofAccount.Contains(c)).ToList();
                return DealDescriptionAnswer.Pick(answer, pool, account.Text, ctx.Index)
                    ?? DealDescriptionAnswer.PickBySize(answer, pool, account.Text, ctx.Index)
                    ?? DealDescriptionAnswer.PickByCloseDate(answer, pool, account.Text, ctx);
            case SlotKind.Task:
                return TaskByTitle(answer, candidates, ctx);
            case SlotKind.Ticket:
                if (candidates.Count == 0)
                    return IntentClassifier.TicketIds(answer).FirstOrDefault(ctx.Index.Tickets.ContainsKey) ?? TicketOfAccount(answer, account, ctx);
                var described = TicketResolver.Resolve(ctx.Index, answer, null, candidates);
                if (described.IsUnique)
                    return described.Id;
                return account.IsUnique ? Only(candidates.Where(c => ctx.Index.Tickets[c].AccountId == account.Id)) : null;
            case SlotKind.Contact:
                var named = ContactResolver.Resolve(ctx.Index, answer, account.Id);
                if (named.IsUnique && candidates.Contains(named.Id!))
                    return named.Id;
                // "Jane" to "Jane Kim (Globex) or David Kim (Adventure Works)?": a name many contacts share, one of them offered.
                if (Only(named.Candidates.Intersect(candidates)) is { } oneOffered)
                    return oneOffered;
                // "stone" to "Emily Stone or Emily Chen?": a word of one offered name alone, such as the surname typed lower-case.
                if (ContentWords.Of(answer) is { Count: > 0 and <= 2 } said && Only(candidates.Where(c => ContentWords.Of(ctx.Index.Contacts[c].Name).Overlaps(said))) is { } byNameWord)
                    return byNameWord;
                // "IT经理那个", "the CFO": the one offered whose title the answer says.
                if (ContactTitles.Among(ctx.Index, answer, candidates.Distinct()) is [var byTitle])
                    return byTitle;
                return account.IsUnique ? Only(candidates.Where(c => ctx.Index.Contacts[c].AccountId == account.Id)) : OfCustomerNamedLike(answer, candidates, ctx);
            default:
                return null;
        }
    }

    /// <summary>
    /// "woodgrove" to "which account?" that offered a customer guessed from a word of its deal's name ("log a meeting with
    /// them about the rollout timeline" offers the customer of a "rollout" deal): a customer named and nothing else answers
    /// it, offered or not.
    /// </summary>
    private static bool OnlyTheAccountNamed(string answer, Resolved account) =>
        account is { Score: >= 0.8, Text: { Length: > 0 } name } && answer.Contains(name, StringComparison.OrdinalIgnoreCase)
        && ContentWords.Of(answer.Replace(name, " ", StringComparison.OrdinalIgnoreCase)).Count == 0;

    /// <summary>"The WWI one", "the Globex CSV one" to "which ticket?" asked with nothing to offer: the customer's ticket the answer describes, or its one open ticket.</summary>
    private static string? TicketOfAccount(string answer, Resolved account, TurnContext ctx)
    {
        if (!account.IsUnique)
            return null;
        var described = TicketResolver.Resolve(ctx.Index, answer, account.Id);
        return described.IsUnique ? described.Id : TicketReferences.OpenTicketsOf(account.Id!, ctx) is [var only] ? only : null;
    }

    /// <summary>
    /// "上海那家的" to "王磊 of 杭州云帆科技 or 王磊 of 上海恒通物流?": the one offered whose customer's full name has words of the
    /// answer that no one else's has, such as the city a Chinese company name starts with.
    /// </summary>
    private static string? OfCustomerNamedLike(string answer, IReadOnlyList<string> candidates, TurnContext ctx)
    {
        var words = ContentWords.Of(answer);
        return Only(candidates.Where(c => ctx.Index.Accounts.TryGetValue(ctx.Index.Contacts[c].AccountId, out var customer)
            && ContentWords.Of(customer.Name).Overlaps(words)));
    }

    /// <summary>"The proposal one", "发合同那个": the offered task whose title shares the most words with the answer.</summary>
    private static string? TaskByTitle(string answer, IReadOnlyList<string> candidates, TurnContext ctx)
    {
        var words = ContentWords.Of(answer);
        var scored = ctx.OpenTasks.Where(t => candidates.Contains(t.Id))
            .Select(t => (t.Id, Score: ContentWords.Of(t.Title).Count(words.Contains))).Where(s => s.Score > 0).ToList();
        if (scored.Count == 0)
            return null;
        var best = scored.Max(s => s.Score);
        return Only(scored.Where(s => s.Score == best).Select(s => s.Id));
    }

    private static string? Only(IEnumerable<string> ids)
    {
        var list = ids.Distinct().Take(2).ToList();
        return list.Count == 1 ? list[0] : null;
    }

    // The one ruled out, then the other asked for ("不是MES 是另一个") or nothing more ("不是MES那个", "not the Globex one").
    [GeneratedRegex(@"^(?:no[,\s]+)?(?:not|不是)\s*(?:the\s+)?(?<not>(?![\s是])[^,，]+?)(?:(?:\s+one|的|那个|那单|那笔)\s*[。.!]?$|(?:\s+one|的|那个)?\s*(?:[,，]\s*|\s+|(?=是))(?:(?:是|要|it'?s|but|i meant|i mean)\s*)?(?:the\s+)?(?:另一个|另外一个|另外那个|other(?:\s+one)?)\s*[。.!]?$)", RegexOptions.IgnoreCase)]
    private static partial Regex RuledOut();
}
