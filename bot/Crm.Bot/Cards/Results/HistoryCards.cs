using Crm.Bot.Cards.Elements;
using Crm.Skills.Results;

namespace Crm.Bot.Cards.Results;

/// <summary>History (behaviour §5): activities and tickets of an account, newest first, as one table.</summary>
internal static class HistoryCards
{
    /// <summary>Keeps the message well under the Teams size limit; the rest is counted, not dropped silently.</summary>
    private const int MaxEntries = 40;

    public static RenderedMessage History(HistoryResult result, RenderScope scope)
    {
        var words = scope.Words;
        var entries = result.Entries.OrderByDescending(e => e.At).ToArray();
        List<CardElement> body = [RenderScope.Heading(words.History(result.Account.Name))];
        if (entries.Length == 0)
            body.Add(new TextBlock(words.NothingFound));
        else
        {
            body.Add(new Table([2, 1, 4], [words.When, words.What, words.Details],
                [.. entries.Take(MaxEntries).Select(e => Row(e, scope))]));
        }
        if (entries.Length > MaxEntries)
            body.Add(RenderScope.Note(words.Of(MaxEntries, entries.Length)));
        return RenderScope.Message(new AdaptiveCard(body) { FullWidth = true });
    }

    private static IReadOnlyList<string> Row(HistoryEntry entry, RenderScope scope)
    {
        var (words, format) = (scope.Words, scope.Format);
        var when = format.Instant(entry.At);
        if (entry.Ticket is { } t)
            return [when, $"{words.Ticket} {t.Id}", $"{t.Title} ({words.Priority(t.Priority)}, {words.TicketStatus(t.Status)})"];
        if (entry.Activity is { } line)
        {
            var a = line.Activity;
            var who = line.ContactName is null ? line.UserName : $"{line.ContactName} · {line.UserName}";
            var what = a.Summary ?? a.Subject;
            return [when, words.ActivityType(a.Type), string.IsNullOrWhiteSpace(what) ? who : $"{who}: {what}"];
        }
        return [when, RenderScope.Blank, RenderScope.Blank];
    }
}
