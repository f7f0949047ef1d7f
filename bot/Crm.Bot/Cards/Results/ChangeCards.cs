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

    /// <summary>The user's last change set: when, what they said, what it wrote, and Undo.</summary>
    public static RenderedMessage Last(LastChangeResult result, RenderScope scope)
    {
        var words = scope.Words;
        List<CardElement> body = [RenderScope.Heading(words.LastChange(result.ChangeSetId)), RenderScope.Note(scope.Format.Instant(result.At))];
        if (!string.IsNullOrWhiteSpace(result.Text))
            body.Add(new TextBlock($"“{result.Text}”") { IsSubtle = true });
        body.AddRange(RecordChanges.Elements(result.Records, scope));
        var card = new AdaptiveCard(body) { Actions = [new SubmitAction(words.UndoButton, CardActions.UndoData(result.ChangeSetId))] };
        return RenderScope.Message(card, [new SuggestedReply(words.UndoButton, words.UndoTyped)]);
    }

    public static RenderedMessage Cancelled(RenderScope scope) => new(scope.Words.Cancelled, null, []);

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
