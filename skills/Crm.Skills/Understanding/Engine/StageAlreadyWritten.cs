using Crm.Skills.Understanding.Plan;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// "that one's won!" → "log a call with Bill: signed order form received": the signing the call tells of is the news of
/// the deal just marked won, not a second deal of that customer won. The call is logged about that deal, with the news as
/// its summary, and no other deal moves. A deal the message names by its words is still moved.
/// </summary>
public static class StageAlreadyWritten
{
    public static Understood Without(Understood understood, LastWrite? last, TurnContext ctx)
    {
        if (last is null || understood is not WriteRequest { Actions: var actions } write || actions.OfType<LogActivity>().FirstOrDefault() is not { } call)
            return understood;
        foreach (var told in actions.OfType<UpdateDeal>())
        {
            if (JustChangedTheSame(told, last, ctx) is not { } before)
                continue;
            var news = told.FromText ?? "";
            // With nothing said of the call but the command, the news is what it was about.
            var summary = call.Summary == call.FromText || news.Length == 0 ? news : call.Summary + ", " + news;
            var logged = call with { DealId = before, Summary = summary.Length > 0 ? summary : call.Summary };
            return write with { Actions = [.. actions.Where(a => !ReferenceEquals(a, told)).Select(a => ReferenceEquals(a, call) ? logged : a)] };
        }
        return understood;
    }

    /// <summary>The deal of the same customer the last write moved to the stage <paramref name="told"/> only repeats, or null.</summary>
    private static string? JustChangedTheSame(UpdateDeal told, LastWrite last, TurnContext ctx)
    {
        if (told.Stage is null || !(told with { Stage = null }).IsEmpty || !ctx.Index.Deals.TryGetValue(told.DealId, out var deal)
            || Index.MentionFinder.Find(ctx.Index.DealWords, told.FromText ?? "").Any(m => m.Id == told.DealId))
            return null;
        return last.Actions.OfType<UpdateDeal>().FirstOrDefault(d => d.Stage == told.Stage && d.DealId != told.DealId
            && ctx.Index.Deals.TryGetValue(d.DealId, out var moved) && moved.AccountId == deal.AccountId)?.DealId;
    }
}
