using Crm.Bot.Cards.Elements;
using Crm.Skills.Results;

namespace Crm.Bot.Cards.Results;

/// <summary>Writes: saved (with Undo), previewed (with Apply and Cancel), and undone.</summary>
internal static class ChangeCards
{
    public static RenderedMessage Saved(ChangeResult result, RenderScope scope)
    {
        var words = scope.Words;
        var card = new AdaptiveCard(
        [
            new TextBlock("✓ " + words.Saved) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Color = TextColor.Good },
            .. RecordChanges.Elements(result.Records, scope),
            RenderScope.Note($"{words.ChangeNumber(result.ChangeSetId)} · {words.UndoHint}"),
        ])
        {
            Actions = [new SubmitAction(words.UndoButton, CardActions.UndoData(result.ChangeSetId))],
        };
        return RenderScope.Message(card, [new SuggestedReply(words.UndoButton, words.UndoTyped)]);
    }

    public static RenderedMessage Preview(PreviewResult result, RenderScope scope)
    {
        var words = scope.Words;
        var card = new AdaptiveCard(
        [
            new TextBlock(words.ConfirmTitle) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Color = TextColor.Warning },
            .. RecordChanges.Elements(result.Records, scope),
            new TextBlock(words.ConfirmQuestion) { Spacing = Spacing.Medium },
        ])
        {
            Actions =
            [
                new SubmitAction(words.ApplyButton, CardActions.ApplyData(result.PendingId)) { Style = ActionStyle.Positive },
                new SubmitAction(words.CancelButton, CardActions.CancelData(result.PendingId)),
            ],
        };
        return RenderScope.Message(card);
    }

    public static RenderedMessage Undone(UndoResult result, RenderScope scope)
    {
        var words = scope.Words;
        var card = new AdaptiveCard(
        [
            RenderScope.Heading("↩ " + words.Undone(result.UndoneChangeSetId)),
            RenderScope.Note(words.UndoneHint),
            .. RecordChanges.Elements(result.Restored, scope),
        ]);
        return RenderScope.Message(card);
    }
}
