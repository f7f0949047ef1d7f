using Crm.Bot.Cards.Wording;
using Crm.Data.Activities;
using Crm.Data.Store;
using Crm.Skills.Results;

namespace Crm.Bot.Cards.Results;

/// <summary>
/// The button of a write offered as a choice, in the words of the change cards: "Update deal
/// (Bramblewood cold chain) · Stage: Won", "更新商机（…）· 阶段：赢单". Any other choice keeps its title.
/// </summary>
internal static class OfferTitle
{
    private const int MaxLength = 120;

    public static string Of(Choice choice, RenderScope scope)
    {
        if (choice.Offer is not { } change)
            return choice.Title;
        var words = scope.Words;
        var label = change.Entity == "activities" && (StoredEnum.TryParse<ActivityType>(change.Label, out var type) || Enum.TryParse(change.Label, ignoreCase: true, out type))
            ? words.ActivityType(type) : change.Label;
        var what = words.Offer(change.Entity, change.Kind) + (string.IsNullOrWhiteSpace(label) ? "" : words.Aside(label).TrimEnd());
        var values = change.Fields.Select(f => words.Field(f.Field) + words.Colon + (f.NewName ?? scope.Values.Show(change.Entity, f, f.New)));
        var title = string.Join(" · ", [what, .. values]);
        return title.Length > MaxLength ? title[..(MaxLength - 1)] + "…" : title;
    }
}
