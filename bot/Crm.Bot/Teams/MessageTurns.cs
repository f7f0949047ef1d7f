using Crm.Bot.Cards;
using Crm.Bot.Protocol;
using Crm.Data.Store;
using Crm.Skills.Conversation;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Bot.Teams;

/// <summary>
/// One message or card action through the product: who is speaking, remember the conversation,
/// read attached transcripts, run the turn, render the reply. Returns the activities to send
/// (null for a retried activity). The single error handler of the pipeline lives here (STYLE §8).
/// </summary>
public sealed class MessageTurns(
    IServiceScopeFactory scopes,
    CrmUserDirectory users,
    ProcessedActivities processed,
    ConversationReferences references,
    InboundAttachments attachments,
    TimeProvider time,
    ILogger<MessageTurns> logger)
{
    /// <param name="observe">Sees the typed reply before it is rendered (for <c>--explain</c> in chat and replay).</param>
    public async Task<IReadOnlyList<Activity>?> RunAsync(
        Activity activity, ActivityOrigin origin, IActivitySender sender, CancellationToken cancellationToken, Action<TurnReply>? observe = null)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        // On SQLite, one connection for the whole turn: left to itself EF opens and closes it around each of the
        // turn's queries, and every SQLite open re-registers EF's SQL functions on it (under load that was a fifth
        // of everything the bot allocated). The scope's end closes it. Not on PostgreSQL, whose pooled opens are
        // cheap and whose pool is bounded: a turn waiting seconds for a language model should not hold a connection.
        if (StoreProviders.IsSqlite(db))
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }
        var user = await users.FindAsync(db, activity, origin, cancellationToken);
        var renderer = scope.ServiceProvider.GetRequiredService<IReplyRenderer>();
        var language = TurnContexts.LanguageOf(activity, user);
        if (user is null)
        {
            logger.LogInformation("Refused a turn from an unknown sender in {ChannelId}", activity.ChannelId);
            var refusal = TurnReply.Of(language, new RefusalResult(RefusalReason.UnknownUser, UnknownUser(language)));
            return ReplyActivities.From(renderer.Render(refusal, TurnContexts.For(null, activity)), activity);
        }
        if (origin.Deduplicate && !await processed.BeginAsync(db, activity, cancellationToken))
        {
            return null;
        }
        if (origin.RememberConversation)
        {
            await references.SaveAsync(activity, user.Id, cancellationToken);
        }
        var slow = InboundAttachments.HasTextFile(activity);
        TurnReply? reply = null; // stays null when the turn failed: the user gets an apology
        await using var typing = await TypingIndicator.StartAsync(sender, activity, time, immediate: slow, cancellationToken);
        try
        {
            var files = await attachments.ReadAsync(activity, cancellationToken);
            var input = ActivityTurnMapping.ToTurnInput(activity, user.Id, time.GetUtcNow(), files) with { Speaker = user };
            reply = await scope.ServiceProvider.GetRequiredService<IConversationTurn>().HandleAsync(input, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(exception, "Turn {ActivityId} in {ChannelId} failed", activity.Id, activity.ChannelId);
            TurnMetrics.Failed();
        }
        if (origin.Deduplicate && !await processed.CompleteAsync(db, activity, cancellationToken))
        {
            return null; // another instance took this activity meanwhile, and answers it
        }
        if (reply is null)
        {
            return ReplyActivities.From(new RenderedReply([new RenderedMessage(Apology(language), null, [])]), activity);
        }
        observe?.Invoke(reply);
        return ReplyActivities.From(renderer.Render(reply, TurnContexts.For(user, activity)), activity);
    }

    private static string UnknownUser(ReplyLanguage language) => language == ReplyLanguage.Chinese
        ? "我还不认识您:请让 CRM 管理员把您的 Teams 账号加入 CRM,加入前我不会记录任何内容。"
        : "I don't know you yet: please ask your CRM admin to add your Teams account. I haven't recorded anything.";

    private static string Apology(ReplyLanguage language) => language == ReplyLanguage.Chinese
        ? "抱歉,处理这条消息时出了问题,没有保存任何更改。请再试一次。"
        : "Sorry, something went wrong with that message and nothing was saved. Please try again.";
}
