using Crm.Bot.Cards.Elements;
using Crm.Skills.Results;

namespace Crm.Bot.Cards.Results;

/// <summary>Questions and plain messages: the conversational replies.</summary>
internal static class ConversationCards
{
    /// <summary>Buttons beyond this go into a picker: hosts show about five actions in a row.</summary>
    private const int MaxButtons = 5;

    public static RenderedMessage Clarification(ClarificationResult result, RenderScope scope)
    {
        // Offered writes are worded here, like the change cards; other choices keep their titles.
        var choices = result.Choices.Select(c => c with { Title = OfferTitle.Of(c, scope) }).ToList();
        List<CardElement> body = [new TextBlock(result.Question) { Weight = TextWeight.Bolder }];
        List<CardAction> actions = [];
        if (choices.Count <= MaxButtons)
            actions.AddRange(choices.Select(c => new SubmitAction(c.Title, CardActions.ChooseData(c.Value))));
        else
        {
            body.Add(new ChoiceSetInput(CardActions.ChoiceKey, [.. choices.Select(c => new Fact(c.Title, c.Value))]) { Label = scope.Words.PickOne, Expanded = true });
            actions.Add(new SubmitAction(scope.Words.ChooseButton, CardActions.ChooseData(null)));
        }
        var card = new AdaptiveCard(body) { Actions = actions };
        var json = card.ToJson();
        // The text lists the choices numbered, so "2" or the name typed back answers without the card.
        var text = string.Join('\n', [result.Question, .. choices.Select((c, i) => $"{i + 1}. {c.Title}")]);
        return new RenderedMessage(text, json, [.. choices.Take(3).Select(c => new SuggestedReply(c.Title, c.Value))]) { Summary = result.Question };
    }

    public static RenderedMessage Message(MessageResult result) => new(result.Text, null, []);
}
