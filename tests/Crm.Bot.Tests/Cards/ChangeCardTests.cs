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
        Assert.Contains("金额：¥30万 → ¥40万", message.Text);
        Assert.Contains("已保存", message.Text);
    }

    [Fact]
    public void Saved_PeopleAndLinkedRecords_ShowTheirNamesNotIds()
    {
        var reassigned = new RecordChange("tickets", "T-9", "T-9 Printer jams", ChangeKind.Updated,
            [new FieldDelta("assigneeId", "U-4", "U-8") { OldName = "Nora Quist", NewName = "李娜" }]);
        var task = new RecordChange("tasks", "TSK-3", "Send the quote", ChangeKind.Created,
            [new FieldDelta("title", null, "Send the quote"), new FieldDelta("contactId", null, "CON-7") { NewName = "Ivo Brandt" }]);

        var english = Rendering.English(new ChangeResult(3, [reassigned, task])).Text;
        var chinese = Rendering.Chinese(new ChangeResult(3, [reassigned, task])).Text;

        Assert.Contains("Assignee: Nora Quist → 李娜", english);
        Assert.Contains("Contact: Ivo Brandt", english);
        Assert.Contains("处理人：Nora Quist → 李娜", chinese);
        Assert.DoesNotContain("U-4", english + chinese);
        Assert.DoesNotContain("CON-7", english + chinese);
    }

    [Fact]
    public void Saved_TaskCompleted_NamesTheTaskAndItsStatusOpenToDone()
    {
        var done = new RecordChange("tasks", "TSK-3", "Send the quote", ChangeKind.Updated, [new FieldDelta("status", "open", "done")]);

        var english = Rendering.English(new ChangeResult(4, [done])).Text;
        var chinese = Rendering.Chinese(new ChangeResult(4, [done])).Text;

        Assert.Contains("Send the quote (TSK-3)", english);
        Assert.Contains("Status: Open → Done", english);
        Assert.Contains("状态：待办 → 已完成", chinese);
    }

    [Fact]
    public void Saved_IdWithoutAName_StillShowsTheId()
    {
        var moved = new RecordChange("deals", "D-7", "Harbor Expansion", ChangeKind.Updated, [new FieldDelta("ownerId", "U-GONE", "U-8") { NewName = "Kai Ross" }]);

        var text = Rendering.English(new ChangeResult(3, [moved])).Text;

        Assert.Contains("Owner: U-GONE → Kai Ross", text);
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

    [Fact]
    public void Saved_CreatedRecord_LeavesBookkeepingOff()
    {
        var created = new RecordChange("deals", "D-50", "Harbor Pilot", ChangeKind.Created,
        [
            new FieldDelta("accountId", null, "ACC-H"), new FieldDelta("name", null, "Harbor Pilot"), new FieldDelta("stage", null, "lead"),
            new FieldDelta("ownerId", null, "U-9"), new FieldDelta("version", null, "3f0c5d0e-0000-0000-0000-000000000000"),
            new FieldDelta("createdAt", null, "2026-11-18T07:15:00Z"), new FieldDelta("amount", null, "20000", "USD"),
        ]);

        var text = Rendering.English(new ChangeResult(3, [created])).Text;

        Assert.Contains("Deal · Harbor Pilot (D-50) · created", text);
        Assert.Contains("Stage: Lead", text);
        Assert.Contains("Amount: $20,000", text);
        Assert.DoesNotContain("U-9", text);
        Assert.DoesNotContain("3f0c5d0e", text);
        Assert.DoesNotContain("12:15 AM", text);
    }

    [Fact]
    public void Saved_LabelsThatNameTheRecord_AreNotRepeatedOrLeftInStoredForm()
    {
        var ticket = new RecordChange("tickets", "T-31", "T-31 VPN drops", ChangeKind.Updated, [new FieldDelta("status", "new", "pending")]);
        var call = new RecordChange("activities", "A-2", "call", ChangeKind.Created, [new FieldDelta("type", null, "call")]);

        var text = Rendering.Chinese(new ChangeResult(4, [ticket, call])).Text;

        Assert.Contains("工单 · T-31 VPN drops · 已更新", text);
        Assert.Contains("状态：新建 → 等待客户", text);
        Assert.Contains("活动 · 电话（A-2） · 已新建", text);
    }

    [Fact]
    public void Saved_ListFlagAndSourceValues_AreShownAsWords()
    {
        var account = new RecordChange("accounts", "ACC-H", "Harbor Co", ChangeKind.Updated, [new FieldDelta("tags", "[\"vip\"]", "[\"vip\",\"asia\"]")]);
        var contact = new RecordChange("contacts", "C-3", "Ivy Lane", ChangeKind.Updated, [new FieldDelta("isPrimary", "false", "true")]);
        var note = new RecordChange("activities", "A-3", "note", ChangeKind.Created, [new FieldDelta("source", null, "voice")]);

        var english = Rendering.English(new ChangeResult(8, [account, contact, note])).Text;
        var chinese = Rendering.Chinese(new ChangeResult(8, [account, contact, note])).Text;

        Assert.Contains("Tags: vip → vip, asia", english);
        Assert.Contains("Primary contact: No → Yes", english);
        Assert.Contains("Source: Voice note", english);
        Assert.Contains("主要联系人：否 → 是", chinese);
        Assert.Contains("来源：语音", chinese);
    }
}
