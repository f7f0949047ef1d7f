using Crm.Bot.Cards.Elements;
using Crm.Skills.Results;

namespace Crm.Bot.Cards.Results;

/// <summary>Help and welcome: what the bot does, as example messages in the user's language.</summary>
internal static class GreetingCards
{
    public static RenderedMessage Help(RenderScope scope)
    {
        var words = scope.Words;
        List<CardElement> body = [RenderScope.Heading(words.HelpTitle)];
        foreach (var (topic, examples) in words.HelpSections)
        {
            body.Add(new TextBlock(topic) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
            body.AddRange(examples.Select(e => new TextBlock($"“{e}”") { IsSubtle = true, Spacing = Spacing.None }));
        }
        return RenderScope.Message(new AdaptiveCard(body), words.StarterReplies);
    }

    public static RenderedMessage Welcome(WelcomeResult result, RenderScope scope)
    {
        var words = scope.Words;
        List<CardElement> body = [RenderScope.Heading(words.Welcome(result.UserName)), new TextBlock(words.WelcomeIntro)];
        body.AddRange(words.HelpSections.Take(3).Select(s => new TextBlock($"“{s.Examples[0]}”") { IsSubtle = true, Spacing = Spacing.Small }));
        return RenderScope.Message(new AdaptiveCard(body), words.StarterReplies);
    }
}
