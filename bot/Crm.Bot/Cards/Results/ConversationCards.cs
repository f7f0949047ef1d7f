using Crm.Bot.Cards.Elements;
using Crm.Skills.Results;

namespace Crm.Bot.Cards.Results;

/// <summary>Refusals, questions and plain messages: the conversational replies.</summary>
internal static class ConversationCards
{
    /// <summary>Buttons beyond this go into a picker: hosts show about five actions in a row.</summary>
    private const int MaxButtons = 5;

    /// <summary>One polite sentence for why, then the skill's detail when it is in the reply's language.</summary>
    public static RenderedMessage Refusal(RefusalResult result, RenderScope scope)
    {
        var sentence = scope.Words.Refusal(result.Reason);
        var detail = DetailFits(result.Detail, scope) ? result.Detail.Trim() : null;
        var text = detail is null ? sentence : $"{sentence} {detail}";
        return new RenderedMessage(text, null, []);
    }

    public static RenderedMessage Clarification(ClarificationResult result, RenderScope scope)
    {
        var choices = result.Choices;
        List<CardElement> body = [new TextBlock(result.Question) { Weight = TextWeight.Bolder }];
        List<CardAction> actions = [];
        if (choices.Count <= MaxButtons)
            actions.AddRange(choices.Select(c => new SubmitAction(c.Title, CardActions.ChooseData(c.Value))));
        else
        {
            body.Add(new ChoiceSetInput(CardActions.ChoiceKey, [.. choices.Select(c => new Fact(c.Title, c.Value))]) { Label = scope.Words.PickOne });
            actions.Add(new SubmitAction(scope.Words.ChooseButton, CardActions.ChooseData(null)));
        }
        var card = new AdaptiveCard(body) { Actions = actions };
        var json = card.ToJson();
        // The text lists the choices numbered, so "2" or the name typed back answers without the card.
        var text = string.Join('\n', [result.Question, .. choices.Select((c, i) => $"{i + 1}. {c.Title}")]);
        return new RenderedMessage(text, json, [.. choices.Take(3).Select(c => new SuggestedReply(c.Title, c.Value))]);
    }

    public static RenderedMessage Message(MessageResult result) => new(result.Text, null, []);

    private static bool DetailFits(string? detail, RenderScope scope)
    {
        if (string.IsNullOrWhiteSpace(detail))
            return false;
        var chinese = detail.Any(c => c is >= '\u4e00' and <= '\u9fff');
        return chinese == (scope.Language == Crm.Skills.Conversation.ReplyLanguage.Chinese);
    }
}
