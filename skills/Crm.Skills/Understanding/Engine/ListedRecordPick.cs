using System.Text.RegularExpressions;
using Crm.Skills.Understanding.Index;
using Crm.Skills.Understanding.Language;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// One of the records a read listed, pointed at by its stage, status or priority: "push the negotiation one to Dec 4", "add a
/// note to the pending one: …", "the one in proposal", "把谈判那个推到12月4号", "等客户回复的那个", "紧急的那个". The description
/// becomes "it" (它), so the rest of the message reads as about that record and the stage or status word it was
/// described by is not taken for a change; a ticket's description becomes its id ("add a note to T-504: …"), as
/// the ticket skills read tickets by id.
/// </summary>
internal static partial class ListedRecordPick
{
    public static (string? DealId, string? TicketId, string Text)? Find(string text, ReadTopic shown, StoreIndex index)
    {
        foreach (var stage in Vocabulary.DealStages(text).Where(m => !m.Negated))
            if (Pointed(text, stage.Start, stage.EndIndex) is { } span
                && Only(shown.Deals.Where(id => index.Deals.TryGetValue(id, out var deal) && deal.Stage == stage.Value)) is { } dealId)
                return (dealId, null, Said(text, span, null));
        foreach (var status in Vocabulary.TicketStatuses(text).Where(m => !m.Negated))
            if (Pointed(text, status.Start, status.EndIndex) is { } span
                && Only(shown.Tickets.Where(id => index.Tickets.TryGetValue(id, out var ticket) && ticket.Status == status.Value)) is { } ticketId)
                return (null, ticketId, Said(text, span, ticketId));
        // "紧急的那个改成已解决", "mark the urgent one solved": a ticket told apart from the others listed by its priority.
        foreach (var priority in Vocabulary.TicketPriorities(text).Where(m => !m.Negated))
            if (Pointed(text, priority.Start, priority.EndIndex) is { } span
                && Only(shown.Tickets.Where(id => index.Tickets.TryGetValue(id, out var ticket) && ticket.Priority == priority.Value)) is { } ticketId)
                return (null, ticketId, Said(text, span, ticketId));
        // "bump the smaller deal to proposal", "大的那个推到谈判": by size, among the deals shown.
        if (BySize().Match(text) is { Success: true } size && DealDescriptionAnswer.PickBySize(size.Value, shown.Deals, null, index) is { } sized)
            return (sized, null, Said(text, (size.Index, size.Index + size.Length), null));
        // "最早要关的那个改到12月1号", "push the one closing soonest to Dec 5": by when it closes, among the deals shown.
        if (ByCloseOrder().Match(text) is { Success: true } order && ClosingFirst(shown.Deals, order.Groups["last"].Success, index) is { } closing)
            return (closing, null, Said(text, (order.Index, order.Index + order.Length), null));
        // "mark the second one as won", "把第二个推到谈判": by its place in the list as shown.
        if (ByPlace().Match(text) is { Success: true } place && InPlace(place, text, shown, index) is { } placed)
            return (placed.DealId, placed.TicketId, Said(text, (place.Index, place.Index + place.Length), placed.TicketId));
        // "the export one is solved": by the words of its title, among the tickets shown.
        if (ByWords().Match(text) is { Success: true } words && shown.Tickets.Count > 1
            && Resolution.TicketResolver.Resolve(index, words.Groups["words"].Value, null, shown.Tickets) is { IsUnique: true } described)
            return (null, described.Id, Said(text, (words.Index, words.Index + words.Length), described.Id));
        return null;
    }

    /// <summary>
    /// "the Globex one can go back to in progress" after open tickets of several customers were listed, "set the Globex
    /// one to 125k" after deals of several customers were: the one listed ticket or deal of the customer named, which
    /// becomes the ticket's id ("T-504 can go back to in progress") or "it" (the customer's other deals were not listed).
    /// </summary>
    public static (string? DealId, string? TicketId, string Text)? ByCustomer(string text, ReadTopic shown, StoreIndex index)
    {
        if (shown is not { AccountId: null } || (shown.Tickets.Count < 2 && shown.Deals.Count < 2)
            || (ByWords().Match(text) is { Success: true } english ? english : ByWordsZh().Match(text)) is not { Success: true } words)
            return null;
        if (Resolution.AccountResolver.Resolve(index, words.Groups["words"].Value) is not { IsUnique: true, Score: >= 0.8 } customer)
            return null;
        var span = (words.Index, words.Index + words.Length);
        if (shown.Tickets.Count > 1)
            return Only(shown.Tickets.Where(id => index.Tickets.TryGetValue(id, out var ticket) && ticket.AccountId == customer.Id)) is { } picked
                ? (null, picked, Said(text, span, picked))
                : null;
        return Only(shown.Deals.Where(id => index.Deals.TryGetValue(id, out var deal) && deal.AccountId == customer.Id)) is { } listed
            ? (listed, null, Said(text, span, null))
            : null;
    }

    /// <summary>The one shown deal that closes first (or last), when no other shown deal closes that day.</summary>
    private static string? ClosingFirst(IReadOnlyList<string> shown, bool last, StoreIndex index)
    {
        var dated = shown.Select(id => index.Deals.GetValueOrDefault(id)).OfType<IndexedDeal>().Where(d => d.CloseDate is not null).ToList();
        var ordered = (last ? dated.OrderByDescending(d => d.CloseDate) : dated.OrderBy(d => d.CloseDate)).Take(2).ToList();
        return ordered switch
        {
            [var only] when shown.Count > 1 => only.Id,
            [var first, var second] when first.CloseDate != second.CloseDate => first.Id,
            _ => null,
        };
    }

    // "最早要关的那个", "最晚签的那单", "the one closing soonest", "the earliest-closing deal".
    [GeneratedRegex(@"(?:最(?:早|先)|(?<last>最(?:晚|迟)))(?:要|会|能|该)?(?:关单?|签(?:约|单)?|成交|结单)的?(?:那个|那单|那笔)|\bthe\s+(?:one|deal)\s+(?:that\s+)?clos(?:es|ing)\s+(?:first|soonest|earliest|(?<last>last|latest))\b|\bthe\s+(?:earliest|soonest|(?<last>latest))(?:-closing|\s+closing)?\s+(?:one|deal)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ByCloseOrder();

    /// <summary>
    /// The deal or ticket at the place said, counted as the list was shown. A pipeline shows stages, not deals in an order;
    /// after a summary showing deals and tickets, "the second deal", or a stage or a status said with it, says which list
    /// ("move the second one to proposal" is a deal).
    /// </summary>
    private static (string? DealId, string? TicketId)? InPlace(Match place, string text, ReadTopic shown, StoreIndex index)
    {
        var said = NameText.HasCjk(place.Value) ? place.Value : place.Groups["nth"].Value;
        if (shown.Asked is { Pipeline: true } || !OrdinalReader.TryRead(said, out var nth))
            return null;
        var noun = place.Groups["noun"].Value;
        IReadOnlyList<string> list = TicketNoun().IsMatch(noun) ? shown.Tickets
            : DealNoun().IsMatch(noun) || shown.Tickets.Count == 0 ? shown.Deals
            : shown.Deals.Count == 0 ? shown.Tickets
            : Vocabulary.DealStages(text).Any(m => !m.Negated) ? shown.Deals
            : Vocabulary.TicketStatuses(text).Any(m => !m.Negated) || Vocabulary.TicketPriorities(text).Any(m => !m.Negated) ? shown.Tickets
            : [];
        var at = nth == OrdinalReader.Last ? list.Count - 1 : nth - 1;
        if (list.Count < 2 || at < 0 || at >= list.Count)
            return null;
        var id = list[at];
        if (list == shown.Tickets)
            return index.Tickets.ContainsKey(id) ? (null, id) : null;
        return index.Deals.ContainsKey(id) ? (id, null) : null;
    }

    // "the second one", "the last deal", "the 2nd ticket", "第二个", "最后一个": never "the 2nd" alone, which is a day.
    [GeneratedRegex(@"\b(?:the|that)\s+(?<nth>first|second|third|fourth|fifth|sixth|last|bottom|1st|2nd|3rd|4th|5th|6th)\s+(?<noun>one|deal|opp(?:ortunity)?|ticket|case|row|item)\b|第(?<nth>[一二三四五六1-6])(?<noun>个|单|张|笔|条)|最后(?:那|一)(?<noun>个|单|张|笔|条)", RegexOptions.IgnoreCase)]
    private static partial Regex ByPlace();

    [GeneratedRegex(@"^(?:ticket|case|张|条)$", RegexOptions.IgnoreCase)]
    private static partial Regex TicketNoun();

    [GeneratedRegex(@"^(?:deal|opp(?:ortunity)?|单|笔)$", RegexOptions.IgnoreCase)]
    private static partial Regex DealNoun();

    // "bump the smaller deal to proposal", "mark the smallest as won": a superlative needs no noun after it.
    [GeneratedRegex(@"\b(?:the|that)\s+(?:smaller|bigger|larger|smallest|biggest|largest)\s+(?:one|deal)\b|\bthe\s+(?:smallest|biggest|largest)\b|(?:金额)?(?:大|小)的?那(?:个|单|笔)", RegexOptions.IgnoreCase)]
    private static partial Regex BySize();

    [GeneratedRegex(@"\b(?:the|that)\s+(?<words>[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+)?)\s+one\b", RegexOptions.IgnoreCase)]
    private static partial Regex ByWords();

    // "智远那个分给我", "云帆的那张": the customer's one, said first.
    [GeneratedRegex(@"^(?<words>\p{IsCJKUnifiedIdeographs}{2,10}?)的?(?:那个|那张|那单)(?:工单)?")]
    private static partial Regex ByWordsZh();

    /// <summary>The description around a stage or status word at [start, end): "the X one", "the one in X", "X那个", "在X的那个".</summary>
    private static (int Start, int End)? Pointed(string text, int start, int end)
    {
        if (EnglishBefore().Match(text[..start]) is { Success: true } before)
        {
            if (EnglishAfter().Match(text, end) is { Success: true } after && after.Index == end)
                return (before.Index, end + after.Length);
        }
        if (EnglishOneBefore().Match(text[..start]) is { Success: true } one)
            return (one.Index, end);
        if (ChineseAfter().Match(text, end) is { Success: true } pointing && pointing.Index == end)
            return (ChineseBefore().Match(text[..start]) is { Success: true } at ? at.Index : start, end + pointing.Length);
        return null;
    }

    private static string? Only(IEnumerable<string> ids) => ids.Distinct().Take(2).ToList() is [var one] ? one : null;

    private static string Said(string text, (int Start, int End) span, string? ticketId) =>
        string.Concat(text.AsSpan(0, span.Start), ticketId ?? (NameText.HasCjk(text[span.Start..span.End]) ? "它" : "it"), text.AsSpan(span.End));

    [GeneratedRegex(@"\b(?:the|that)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishBefore();

    [GeneratedRegex(@"\s+(?:one|deal|ticket|opp|opportunity)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishAfter();

    [GeneratedRegex(@"\b(?:the|that)\s+one\s+(?:(?:in|at|that's|that is|which is|still|currently|stuck in)\s+)*$", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishOneBefore();

    [GeneratedRegex(@"(?:阶段)?的?(?:那一个|那个|那单|那张|那笔)")]
    private static partial Regex ChineseAfter();

    [GeneratedRegex(@"(?:还在|处于|在)$")]
    private static partial Regex ChineseBefore();
}
