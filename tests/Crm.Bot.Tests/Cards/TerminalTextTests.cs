using Crm.Bot.Cards;
using Crm.Data.Audit;
using Crm.Skills.Conversation;
using Crm.Skills.Results;

namespace Crm.Bot.Tests.Cards;

public sealed class TerminalTextTests
{
    [Fact]
    public void Format_SavedChangeThenQuestion_PrintsFiguresIdsAndWhatToType()
    {
        var reply = new CardReplyRenderer().Render(TurnReply.Of(ReplyLanguage.English,
                new ChangeResult(9, [new RecordChange("tickets", "T-31", "VPN drops", ChangeKind.Updated, [new FieldDelta("priority", "normal", "urgent")])]),
                new ClarificationResult("Which contact?", [new Choice("Ivy Lane", "C-1"), new Choice("Ivy Moss", "C-2")])),
            new RenderContext("en-US", TimeZoneInfo.Utc));

        var text = TerminalText.Format(reply);

        Assert.Equal(
            "✓ Saved\nTicket · VPN drops (T-31) · updated\nPriority: Normal → Urgent\nChange #9 · Undo reverts everything this message changed.\n[Undo]\n" +
            "→ Undo (type: undo)\n\n" +
            "Which contact?\n1. Ivy Lane\n2. Ivy Moss\n→ Ivy Lane (type: C-1)\n→ Ivy Moss (type: C-2)\n",
            text);
    }
}
