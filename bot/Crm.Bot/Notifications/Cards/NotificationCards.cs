using System.Text.Json.Nodes;
using Crm.Bot.Cards;
using Crm.Bot.Cards.Elements;
using Crm.Bot.Cards.Results;
using Crm.Data.Notifications;
using Crm.Data.Store;
using Crm.Skills.Acting;
using Crm.Skills.Conversation;
using Crm.Skills.Conversation.Notifying;

namespace Crm.Bot.Notifications.Cards;

/// <summary>
/// A notice as an Adaptive Card 1.5 in the recipient's language, dates and money on their clock and
/// locale, with its buttons (mark done, snooze, open summary) carrying the CardActions values.
/// </summary>
internal static class NotificationCards
{
    public static RenderedReply Render(Notice notice)
    {
        var language = notice.Recipient.SpeaksChinese ? ReplyLanguage.Chinese : ReplyLanguage.English;
        var scope = new RenderScope(language, new RenderContext(notice.Recipient.Locale, CurrentUser.FindZone(notice.Recipient.TimeZone)));
        var words = NotificationWords.For(language);
        var message = notice.Body is DigestBody digest ? Digest(digest, scope, words) : Card(notice, scope, words);
        return new RenderedReply([message]);
    }

    private static RenderedMessage Card(Notice notice, RenderScope scope, NotificationWords words)
    {
        var (heading, facts, accountId) = NoticeFacts.Of(notice, scope, words);
        List<CardAction> actions = [];
        if (notice.Body is TaskDueBody)
            actions.Add(new SubmitAction(words.DoneButton, CardActions.DoneData(notice.SubjectId)) { Style = ActionStyle.Positive });
        if (accountId is not null)
            actions.Add(new SubmitAction(words.SummaryButton, CardActions.SummaryData(accountId)));
        actions.Add(new SubmitAction(words.SnoozeButton, CardActions.SnoozeData(StoredEnum.ToStored(notice.Kind), notice.SubjectId, 1)));
        var card = new AdaptiveCard(
        [
            RenderScope.Heading(heading),
            .. facts,
            RenderScope.Note(words.OptOutHint(NotifyText.KindName(notice.Kind, scope.Language == ReplyLanguage.Chinese))),
        ]) { Actions = actions };
        return RenderScope.Message(card);
    }

    /// <summary>The pipeline card people get when they ask for their team's pipeline, under the digest's heading.</summary>
    private static RenderedMessage Digest(DigestBody digest, RenderScope scope, NotificationWords words)
    {
        var pipeline = PipelineCards.Pipeline(digest.Pipeline, scope).Card!;
        var body = (JsonArray)pipeline["body"]!;
        body.Insert(0, RenderScope.Heading(words.Digest).ToJson());
        body.Insert(1, RenderScope.Note(scope.Format.Date(digest.Monday)).ToJson());
        var text = PlainText.FromCard(pipeline);
        return new RenderedMessage(text, pipeline, []) { Summary = text.Split('\n')[0] };
    }
}
