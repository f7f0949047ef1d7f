using Crm.Bot.Cards;
using Crm.Data.Audit;
using Crm.Skills.Results;

namespace Crm.Bot.Tests.Cards;

public sealed class ChangeCardTests
{
    private static readonly RecordChange DealMoved = new("deals", "D-7", "Harbor Expansion", ChangeKind.Updated,
    [
        new FieldDelta("stage", "proposal", "negotiation"),
        new FieldDelta("amount", "40000", "45000", "USD"),
        new FieldDelta("close_date", null, "2026-11-27"),
    ]);

    [Fact]
    public void Saved_DealUpdate_ShowsEachFieldOldToNew()
    {
        var message = Rendering.English(new ChangeResult(42, [DealMoved]));

        Assert.Contains("Harbor Expansion (D-7)", message.Text);
        Assert.Contains("Stage: Proposal → Negotiation", message.Text);
        Assert.Contains("Amount: $40,000 → $45,000", message.Text);
        Assert.Contains("Close date: (empty) → Fri, Nov 27, 2026", message.Text);
    }

    [Fact]
    public void Saved_InChinese_NamesStagesAndFieldsInChinese()
    {
        var change = DealMoved with { Fields = [new FieldDelta("stage", "lead", "needs_analysis"), new FieldDelta("amount", "300000", "400000", "CNY")] };

        var message = Rendering.Chinese(new ChangeResult(5, [change]));

        Assert.Contains("阶段：线索 → 需求挖掘", message.Text);
        Assert.Contains("金额：¥300,000 → ¥400,000", message.Text);
        Assert.Contains("已保存", message.Text);
    }

    [Fact]
    public void Saved_Always_OffersUndoForItsChangeSet()
    {
        var message = Rendering.English(new ChangeResult(42, [DealMoved]));

        var undo = Assert.Single(message.Card!["actions"]!.AsArray())!;
        Assert.Equal("Action.Submit", (string?)undo["type"]);
        Assert.True(CardActions.TryRead(System.Text.Json.JsonSerializer.SerializeToElement(undo["data"]), out var command));
        Assert.Equal(new CardCommand(CardCommandKind.Undo, 42, null, null), command);
        Assert.Equal(new SuggestedReply("Undo", "undo"), Assert.Single(message.SuggestedActions));
    }

    [Fact]
    public void Saved_CreatedActivity_ShowsItsTimeInTheUsersZone()
    {
        var created = new RecordChange("activities", "A-1", "Call", ChangeKind.Created,
            [new FieldDelta("type", null, "meeting"), new FieldDelta("occurredAt", null, "2026-11-18T07:15:00Z"), new FieldDelta("contactId", null, null)]);

        var shanghai = Rendering.Chinese(new ChangeResult(1, [created]));
        var denver = Rendering.English(new ChangeResult(1, [created]));

        Assert.Contains("2026年11月18日 周三 15:15", shanghai.Text);
        Assert.Contains("类型：会议", shanghai.Text);
        Assert.Contains("Wed, Nov 18, 2026 12:15 AM", denver.Text);
        Assert.DoesNotContain("Contact", denver.Text);
    }

    [Fact]
    public void Preview_Always_OffersApplyAndCancelForThePendingWrite()
    {
        var message = Rendering.English(new PreviewResult("p-9", [DealMoved]));

        var actions = message.Card!["actions"]!.AsArray();
        Assert.Equal(["Apply", "Cancel"], actions.Select(a => (string?)a!["title"]));
        Assert.Equal(["apply", "cancel"], actions.Select(a => (string?)a!["data"]!["action"]));
        Assert.All(actions, a => Assert.Equal("p-9", (string?)a!["data"]!["pendingId"]));
        Assert.Contains("?", message.Text);
    }

    [Fact]
    public void Undo_RestoredRecord_NamesTheChangeSetAndTheValuesPutBack()
    {
        var restored = DealMoved with { Fields = [new FieldDelta("stage", "negotiation", "proposal")] };

        var message = Rendering.Chinese(new UndoResult(42, [restored]));

        Assert.Contains("已撤销变更 #42", message.Text);
        Assert.Contains("谈判签约 → 方案报价", message.Text);
        Assert.Null(message.Card!["actions"]);
    }
}
