using Crm.Data.Activities;
using Crm.Data.Store;
using Crm.Skills.Acting;
using Crm.Skills.Conversation.Confirming;
using Crm.Skills.Conversation.Notifying;
using Crm.Skills.Conversation.State;
using Crm.Skills.Invoking;
using Crm.Skills.Results;
using Crm.Skills.Understanding;
using Crm.Skills.Understanding.Engine;
using Crm.Skills.Understanding.Index;
using Crm.Skills.Understanding.Language;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Conversation;

/// <summary>
/// The one entry point every channel calls for a message (scoped: one per turn). Who is speaking and
/// when, what the understanding engine (embedded, or a language model) made of it, then skills through
/// the invoker in one change set, the conversation state saved at the end of the turn (in the same
/// transaction as the turn's writes), and a typed reply in the message's language.
/// </summary>
public sealed class ConversationTurn(
    CrmDbContext db,
    SkillInvoker invoker,
    StoreIndexCache indexes,
    IConversationStateStore states,
    IMessageUnderstanding understanding) : IConversationTurn
{
    public async Task<TurnReply> HandleAsync(TurnInput input, CancellationToken cancellationToken)
    {
        var text = TurnText.Of(input);
        var chinese = LanguageDetector.IsChinese(text);
        var language = chinese ? ReplyLanguage.Chinese : ReplyLanguage.English;
        var user = input.Speaker is { } speaker && speaker.Id == input.UserId ? speaker
            : await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == input.UserId, cancellationToken);
        if (user is null)
            return TurnReply.Of(language, new RefusalResult(RefusalReason.UnknownUser, chinese
                ? "抱歉，我还不认识您，请联系管理员把您加到 CRM 用户里。"
                : "Sorry, I don't know you yet: please ask an admin to add you as a CRM user."));
        var zone = CurrentUser.FindZone(user.TimeZone);
        var index = await indexes.GetAsync(db, cancellationToken);
        var state = await states.LoadAsync(input.ConversationId, user.Id, cancellationToken);
        // "18628001234", "2", "T-604", "wanglei@hengtong-log.example": an answer without words is in the language of the
        // question it answers, else the user's.
        if (LanguageDetector.HasNoWords(text))
        {
            chinese = state.Pending is { } asked ? LanguageDetector.IsChinese(asked.Text) : user.Locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
            language = chinese ? ReplyLanguage.Chinese : ReplyLanguage.English;
        }
        var ctx = new TurnContext
        {
            Index = index,
            User = index.Users.TryGetValue(user.Id, out var indexed) ? indexed : new IndexedUser(user.Id, user.Name, user.Role, user.Team, user.ManagerId, user.TimeZone, user.Locale),
            LocalNow = TimeZoneInfo.ConvertTime(input.ReceivedAt, zone),
            TimeZone = zone,
            Source = input.Source == MessageSource.Voice ? ActivitySource.Voice : ActivitySource.Chat,
            OpenTasks = new OpenTaskList(() => OpenTasks(user.Id)),
        };
        await using var message = invoker.BeginMessage(user, input.ConversationId, input.MessageId, text, input.ReceivedAt);
        message.HoldCommitUntilFinished();
        var (reply, next) = await RespondAsync();
        await states.SaveAsync(input.ConversationId, user.Id, next, cancellationToken);
        await message.FinishAsync(cancellationToken);
        return reply;

        async Task<(TurnReply Reply, ConversationState Next)> RespondAsync()
        {
            if (await ConfirmTurn.TryAsync(db, message, input, text, user, chinese, state.Pending is null, cancellationToken) is { } confirmed)
                return (new TurnReply(confirmed, language), new ConversationState());
            if (await NotifyTurn.TryAsync(message, input, text, user, chinese, ctx.Today, cancellationToken) is { } notified)
                return (notified, new ConversationState());
            var understood = OfferAnswers.Read(text, state, ctx) is { } offer
                ? offer.Rest is { } rest ? offer.With(await UnderstandAsync(rest, state with { Pending = null }), ctx) : offer.Alone(ctx)
                : await UnderstandAsync(text, state);
            var (parts, after) = await TurnActions.CarryOutAsync(message, understood, state with { Asked = null }, user.Id, cancellationToken, chinese);
            return (new TurnReply(parts, language) { Explanation = understood.Explanation }, after);
        }

        Task<Understood> UnderstandAsync(string said, ConversationState before) =>
            understanding.UnderstandAsync(new UnderstandingRequest(said, input.Attachments, before, ctx, message, language), cancellationToken);
    }

    private List<OpenTask> OpenTasks(string userId) =>
        db.Tasks.AsNoTracking().Where(t => t.OwnerId == userId && t.Status == Data.Tasks.CrmTaskStatus.Open)
            .OrderBy(t => t.Id).Select(t => new OpenTask(t.Id, t.Title, t.DueAt, t.AccountId, t.DealId, t.ContactId)).ToList();
}
