using Crm.Bot.Cards.Results;
using Crm.Skills.Conversation;
using Crm.Skills.Results;

namespace Crm.Bot.Cards;

/// <summary>
/// Renders each typed result of a turn as one message: an Adaptive Card 1.5 with its plain-text
/// reading, in the reply's language, money and dates in the user's locale and time zone.
/// </summary>
public sealed class CardReplyRenderer : IReplyRenderer
{
    public RenderedReply Render(TurnReply reply, RenderContext context)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(context);
        var scope = new RenderScope(reply.Language, context);
        return new RenderedReply([.. reply.Parts.Select(part => RenderPart(part, scope))]);
    }

    private static RenderedMessage RenderPart(SkillResult result, RenderScope scope) => result switch
    {
        ChangeResult r => ChangeCards.Saved(r, scope),
        PreviewResult r => ChangeCards.Preview(r, scope),
        UndoResult r => ChangeCards.Undone(r, scope),
        LastChangeResult r => ChangeCards.Last(r, scope),
        CancelledResult => ChangeCards.Cancelled(scope),
        RefusalResult r => RefusalCards.Refusal(r, scope),
        ClarificationResult r => ConversationCards.Clarification(r, scope),
        MessageResult r => ConversationCards.Message(r),
        CustomerSummaryResult r => CustomerCards.Summary(r, scope),
        ContactResult r => CustomerCards.Contact(r, scope),
        HistoryResult r => HistoryCards.History(r, scope),
        PipelineResult r => PipelineCards.Pipeline(r, scope),
        DealListResult r => ListCards.Deals(r, scope),
        CustomerListResult r => ListCards.Customers(r, scope),
        TicketListResult r => ListCards.Tickets(r, scope),
        TaskListResult r => ListCards.Tasks(r, scope),
        FindResult r => ListCards.Found(r, scope),
        HelpResult => GreetingCards.Help(scope),
        WelcomeResult r => GreetingCards.Welcome(r, scope),
        // A result type added after this renderer: show its data rather than nothing.
        _ => new RenderedMessage(result.ToString(), null, []),
    };
}
