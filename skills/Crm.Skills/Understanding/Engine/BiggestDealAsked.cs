using System.Text.RegularExpressions;
using Crm.Skills.Understanding.Index;
using Crm.Skills.Understanding.Plan;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// "团队里现在金额最大的在跟单子是哪个", "what's my biggest open deal?": the open deal with the largest amount among those
/// of whose the question names (the asker's own, their team's, a colleague's, everyone's), shown as one deal.
/// </summary>
public static partial class BiggestDealAsked
{
    public static DealRead? Read(string text, TurnContext ctx)
    {
        if (!Biggest().IsMatch(text) || !Which().IsMatch(text))
            return null;
        var whose = ReadInterpreter.Named(text, ctx) ?? new DealsOf(ReadInterpreter.ScopeOf(text, ctx.User));
        var biggest = ctx.Index.Deals.Values.Where(d => d.IsOpen && d.Amount is not null && IsOf(d, whose, ctx))
            .OrderByDescending(d => d.Amount).ThenBy(d => d.Id, StringComparer.Ordinal).FirstOrDefault();
        return biggest is null ? null : new DealRead(biggest.Id);
    }

    private static bool IsOf(IndexedDeal deal, DealsOf whose, TurnContext ctx) => whose.Scope switch
    {
        PipelineScope.Mine => deal.OwnerId == ctx.User.Id,
        PipelineScope.Colleague => deal.OwnerId == whose.OwnerId,
        PipelineScope.Team => ctx.User.Team is { } team ? TeamOf(deal, ctx) == team : deal.OwnerId == ctx.User.Id,
        PipelineScope.NamedTeam => TeamOf(deal, ctx) == whose.Team,
        _ => true,
    };

    private static string? TeamOf(IndexedDeal deal, TurnContext ctx) =>
        ctx.Index.Users.TryGetValue(deal.OwnerId, out var owner) ? owner.Team : null;

    [GeneratedRegex(@"金额最大|最大的?(?:一个|一笔|一单)?(?:在跟的?)?(?:单子|商机|单)|\b(?:biggest|largest)\s+(?:open\s+)?(?:deal|opportunity|opp)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Biggest();

    // Asked, not acted on: "把金额最大的那个推到谈判" is a change.
    [GeneratedRegex(@"哪(?:个|一个|一单|一笔|笔)|什么|啥|\bwhich\b|\bwhat(?:'s|s| is)?\b|[?？]\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Which();
}
